import { Link, useParams } from "wouter";
import { useActivePack } from "../../components/pack/active-pack";
import { Page } from "../../components/Page";
import { useCheckIn } from "../../db/hooks";
import { formatDateTime } from "../../domain/dates";
import { ResultView } from "./ResultView";

export default function ResultPage() {
  const { id = "" } = useParams<{ id: string }>();
  const checkIn = useCheckIn(id);
  const pack = useActivePack();
  if (checkIn === undefined) return <p className="loading">Loading…</p>;
  if (checkIn === null) {
    return (
      <Page title="We can’t find that check-in">
        <p>It may have been deleted. Nothing else has changed.</p>
        <p>
          <Link href="~/history">See your history</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Your check-in result" lead={formatDateTime(checkIn.createdAt)}>
      <ResultView pack={pack} checkIn={checkIn} />
    </Page>
  );
}
