import { Suspense } from "react";
import { Link, useParams } from "wouter";
import { usePackFor } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { useCheckIn } from "../../db/hooks";
import { formatDateTime } from "../../domain/dates";
import type { CheckIn } from "../../domain/records";
import { ResultView } from "./ResultView";

/** Shown with the pack it was scored with, so its words never change later. */
function ScoredResult({ checkIn }: { checkIn: CheckIn }) {
  const pack = usePackFor(checkIn.packId, checkIn.packVersion);
  return <ResultView pack={pack} checkIn={checkIn} />;
}

export default function ResultPage() {
  const { id = "" } = useParams<{ id: string }>();
  const checkIn = useCheckIn(id);
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
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <ScoredResult checkIn={checkIn} />
      </Suspense>
    </Page>
  );
}
