import { Link } from "wouter";
import { StageBadge } from "../../components/StageBadge";
import { formatDate } from "../../domain/dates";
import type { ContentPack } from "../../domain/pack/schema";
import { stageFor } from "../../domain/pack/lookup";
import type { CheckIn } from "../../domain/records";

/** The most recent check-in, shown gently: a reminder, not a score to beat. */
export function LastResult({ checkIn, pack }: { checkIn: CheckIn; pack: ContentPack }) {
  const stage = stageFor(pack, checkIn.result);
  return (
    <section aria-labelledby="last-heading" className="section panel">
      <h2 id="last-heading">Your last check-in</h2>
      <p className="hint">{formatDate(checkIn.createdAt)}</p>
      {stage ? <StageBadge stage={stage} /> : <p>Not enough answers to show a stage.</p>}
      <p>
        <Link href={`/results/${checkIn.id}`}>See this result</Link>
      </p>
    </section>
  );
}
