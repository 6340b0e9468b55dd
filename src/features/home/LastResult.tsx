import { Link } from "wouter";
import { useActivePack } from "../../state/active-pack";
import { StageBadge } from "../../components/StageBadge";
import { StageScale } from "../../components/StageScale";
import { formatDate } from "../../domain/dates";
import { stageFor } from "../../domain/pack/lookup";
import type { CheckIn } from "../../domain/records";

/**
 * The most recent check-in, shown gently: a reminder, not a score to beat. Suspends
 * until the content pack is loaded (Home waits for it as a whole).
 */
export function LastResult({ checkIn }: { checkIn: CheckIn }) {
  const pack = useActivePack();
  const stage = stageFor(pack, checkIn.result);
  return (
    <section aria-labelledby="last-heading" className="section panel">
      <h2 id="last-heading">Your last check-in</h2>
      <p className="hint">{formatDate(checkIn.createdAt)}</p>
      {checkIn.result.redFlags.length > 0 ? (
        <p>
          You gave an answer about your safety. <Link href="/help">Help now</Link> has people you
          can talk to.
        </p>
      ) : null}
      {/* After a safety answer no stage badge shows: "Steady" must never sit beside it. */}
      {checkIn.result.redFlags.length > 0 ? null : stage && checkIn.result.stageIndex !== null ? (
        <div className="stage-line">
          <StageBadge stage={stage} />
          <StageScale stages={pack.stages} index={checkIn.result.stageIndex} />
        </div>
      ) : (
        <p>Not enough answers to show a stage.</p>
      )}
      <p>
        <Link href={`/results/${checkIn.id}`}>See this result</Link>
      </p>
    </section>
  );
}
