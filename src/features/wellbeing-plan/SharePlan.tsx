import { useMemo, useState } from "react";
import { Link } from "wouter";
import { Page } from "../../components/Page";
import { ShareButtons } from "../../components/ShareButtons";
import { useWellbeingPlan } from "../../db/wellbeing-plan-hooks";
import type { WellbeingPlan } from "../../domain/records";
import type { PlanPartId } from "../../domain/wellbeing-plan/parts";
import { planText, writtenParts } from "../../domain/wellbeing-plan/plan-text";
import { PlanSheet } from "./PlanSheet";
import { headingOf } from "./plan-words";

function ChooseAndPreview({ plan }: { plan: WellbeingPlan }) {
  const written = writtenParts(plan);
  const [chosen, setChosen] = useState<ReadonlySet<PlanPartId>>(new Set());
  const text = useMemo(() => planText(plan, chosen, headingOf), [plan, chosen]);

  const toggle = (part: PlanPartId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(part);
    else next.delete(part);
    setChosen(next);
  };

  return (
    <>
      <fieldset className="choices section no-print" aria-describedby="choose-hint">
        <legend>Choose what to share</legend>
        <p className="hint" id="choose-hint">
          Only the parts you tick are shown below, printed or shared.
        </p>
        {written.map((part) => (
          <label key={part} className="choice checkbox">
            <input
              autoComplete="off"
              type="checkbox"
              checked={chosen.has(part)}
              onChange={(event) => toggle(part, event.target.checked)}
            />
            <span>{headingOf(part)}</span>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="preview-heading" className="section plan-preview">
        <h2 id="preview-heading" className="no-print">
          Preview
        </h2>
        {chosen.size === 0 ? (
          <p className="no-print">Nothing is chosen yet. Tick a part above to see it here.</p>
        ) : (
          <div className="plan-page">
            <p className="plan-page-title">My wellbeing plan</p>
            <PlanSheet content={plan} chosen={chosen} />
          </div>
        )}
      </section>
      {chosen.size > 0 ? (
        <section aria-labelledby="send-heading" className="section no-print">
          <h2 id="send-heading">Print or share</h2>
          <p>
            Nothing has left this device. Printing and sharing only happen when you choose them.
          </p>
          <ShareButtons title="My wellbeing plan" text={text} fileName="my-wellbeing-plan.txt" />
        </section>
      ) : null}
    </>
  );
}

export function SharePlan() {
  const plan = useWellbeingPlan();
  return (
    <Page
      title="Share or print my plan"
      lead="Choose the parts you want to share. You see exactly what goes before anything leaves this device."
    >
      {plan === undefined ? (
        <p className="loading">Loading…</p>
      ) : plan === null || writtenParts(plan).length === 0 ? (
        <p>Your plan is empty so far. Write a part first, then come back here.</p>
      ) : (
        <ChooseAndPreview plan={plan} />
      )}
      <div className="actions no-print">
        <Link href="/" className="button secondary">
          Back to my plan
        </Link>
      </div>
    </Page>
  );
}
