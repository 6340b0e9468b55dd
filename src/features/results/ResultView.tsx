import { Link } from "wouter";
import { usePlan, useRegion } from "../../db/hooks";
import { SafetyHelp } from "../../components/SafetyHelp";
import { StageBadge } from "../../components/StageBadge";
import { StageScale } from "../../components/StageScale";
import { mayBeLighter } from "../../domain/scoring/asked";
import { stageWords } from "../../domain/scoring/words";
import { stageFor } from "../../domain/pack/lookup";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn } from "../../domain/records";
import { DomainList } from "./DomainList";
import { Explanation } from "./Explanation";
import { LockOffer } from "./LockOffer";
import { NoteAndFlags } from "./NoteAndFlags";
import { ShareSummary } from "./ShareSummary";
import { TipsToTry } from "./TipsToTry";
import { TriedSinceLastTime } from "./TriedSinceLastTime";

/** A check-in's result as it was saved: the stored snapshot, never re-scored. */
export function ResultView({ pack, checkIn }: { pack: ContentPack; checkIn: CheckIn }) {
  const { result } = checkIn;
  // The plan shapes the tips and "what you tried": wait for it, so nothing moves once shown.
  const plan = usePlan();
  const region = useRegion();
  const stage = stageFor(pack, result);
  const words = stageWords(pack, result);
  // After a safety answer, its words come first and the stage is only the rest of the picture.
  const flagged = result.redFlags.length > 0;
  const patterns = pack.patterns.filter((pattern) => result.patternIds.includes(pattern.id));

  if (plan === undefined) return <p className="loading">Loading…</p>;
  return (
    <div className="result">
      {result.redFlags.length > 0 ? (
        <SafetyHelp
          pack={pack}
          flags={result.redFlags}
          region={region}
          headingId="result-safety"
          few
        />
      ) : null}

      <section aria-labelledby="stage-heading" className="section result-stage">
        <h2 id="stage-heading">Where you are today</h2>
        {flagged ? <p className="stage-short">{words?.short}</p> : null}
        {stage && result.stageIndex !== null ? (
          <>
            {flagged ? <p>Apart from your answer about safety, your answers point to:</p> : null}
            <div className="stage-line">
              <StageBadge stage={stage} />
              <StageScale stages={pack.stages} index={result.stageIndex} />
            </div>
            {flagged ? null : <p className="stage-short">{words?.short}</p>}
          </>
        ) : (
          <>
            <p className="stage-short">Not enough answers to show a stage</p>
            <p>
              That is completely fine. You chose what to answer. The tips and support below are
              still here for you.
            </p>
          </>
        )}
        {result.mode === "quick" ? (
          <p className="hint">
            This was a quick check-in: {result.answered + result.skipped} questions. A full check-in
            asks more, and may show more.
          </p>
        ) : null}
        {mayBeLighter(result) ? (
          <p className="callout">
            You skipped {result.skipped} of {result.answered + result.skipped} questions, so this
            may be lighter than things really are.
          </p>
        ) : null}
        {patterns.length > 0 ? (
          <div className="pattern">
            <h3>How your body and mind seem to be responding</h3>
            {patterns.map((pattern) => (
              <p key={pattern.id}>
                <strong>{pattern.label}:</strong> {pattern.short}
              </p>
            ))}
          </div>
        ) : null}
        {words?.long ? (
          <details className="disclosure">
            <summary>More about this stage</summary>
            <p>{words.long}</p>
          </details>
        ) : null}
        <p className="callout">
          This is not a diagnosis. It is a snapshot of how you said things have been, to help you
          notice and look after yourself.
        </p>
      </section>

      <TriedSinceLastTime ids={checkIn.tried} plan={plan} />
      <Explanation lines={result.explanation} />
      <DomainList pack={pack} domains={result.domains} />
      <TipsToTry pack={pack} checkIn={checkIn} plan={plan} />
      <NoteAndFlags checkIn={checkIn} />
      <ShareSummary pack={pack} checkIn={checkIn} />
      <LockOffer />

      <div className="actions">
        <Link href="~/" className="button">
          Done
        </Link>
        <Link href="~/history" className="button secondary">
          See history
        </Link>
        <Link href="~/resources" className="button secondary">
          Talk to someone
        </Link>
      </div>
    </div>
  );
}
