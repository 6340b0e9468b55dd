import { useMemo, useState } from "react";
import { Link } from "wouter";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { useCheckIns, usePlan } from "../../db/hooks";
import { useWellbeingPlan } from "../../db/wellbeing-plan-hooks";
import type { CheckIn, PlanAction, WellbeingPlan } from "../../domain/records";
import { PLAN_PART_IDS } from "../../domain/wellbeing-plan/parts";
import {
  earlySignLines,
  earlySignSuggestions,
  tipSuggestions,
  type PlanSuggestion,
} from "../../domain/wellbeing-plan/suggestions";
import { PartField } from "./PartField";
import { PlanVersions } from "./PlanVersions";
import { ReviewDate } from "./ReviewDate";

const LEAD =
  "A plan in your own words, for what keeps you well and what helps when things get hard. Fill in only the parts you want. It stays on this device, and it saves as you type.";
const ALL_TIME = {};

/** Suggestions from the person's own check-ins and chosen tips, by part. */
function useSuggestions(
  checkIns: readonly CheckIn[],
  tips: readonly PlanAction[],
): PlanSuggestion[] {
  const pack = useActivePack();
  // Each field hides the ones its own words already say, as the person types.
  return useMemo(() => {
    return [
      ...earlySignSuggestions(
        checkIns.map((checkIn) => checkIn.result),
        earlySignLines(pack.domains),
        "",
      ),
      ...tipSuggestions(tips, ""),
    ];
  }, [pack, checkIns, tips]);
}

function Editor({
  plan,
  checkIns,
  tips,
}: {
  plan: WellbeingPlan | null;
  checkIns: CheckIn[];
  tips: PlanAction[];
}) {
  const suggestions = useSuggestions(checkIns, tips);
  return (
    <>
      <div className="actions">
        <Link href="/share" className="button secondary">
          Share or print
        </Link>
        <Link href="/conversation" className="button secondary">
          Use it in a conversation
        </Link>
      </div>
      {PLAN_PART_IDS.map((part) => (
        <PartField
          key={part}
          part={part}
          saved={plan?.parts[part] ?? ""}
          suggestions={suggestions.filter((suggestion) => suggestion.part === part)}
        />
      ))}
      <ReviewDate reviewOn={plan?.reviewOn ?? null} />
      <PlanVersions hasPlan={plan !== null} />
    </>
  );
}

/**
 * Goes up when a plan that was on screen is deleted or replaced by another (another tab,
 * a restore), so every field is drawn afresh; not when the first word makes the plan.
 */
function usePlanGeneration(createdAt: string | null): number {
  const [seen, setSeen] = useState({ createdAt, generation: 0 });
  if (createdAt !== seen.createdAt) {
    const replaced = seen.createdAt !== null;
    setSeen({ createdAt, generation: seen.generation + (replaced ? 1 : 0) });
  }
  return seen.generation;
}

export function PlanEditor() {
  const plan = useWellbeingPlan();
  const generation = usePlanGeneration(plan?.createdAt ?? null);
  const checkIns = useCheckIns(ALL_TIME);
  const tips = usePlan();
  return (
    <Page title="My wellbeing plan" lead={LEAD}>
      {plan === undefined || !checkIns || !tips ? (
        <p className="loading">Loading…</p>
      ) : (
        <Editor key={generation} plan={plan} checkIns={checkIns} tips={tips} />
      )}
    </Page>
  );
}
