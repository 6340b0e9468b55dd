import { Link } from "wouter";
import { useNotices } from "../../state/notices";
import { useWellbeingPlan } from "../../db/wellbeing-plan-hooks";
import { addDaysToDay, isoDay } from "../../domain/dates";
import { isReviewDue } from "../../domain/wellbeing-plan/review";

/** How far "Ask me in two weeks" moves the day on. */
export const ASK_AGAIN_DAYS = 14;

/**
 * A gentle note on Home once the day the person chose to look at their plan again has
 * come. "Ask me in two weeks" moves that day on (the plan shows the new day, and Undo puts
 * it back), so the note never nags. Reads its own data, so Home needs one line for it.
 */
export function PlanReviewDue({ today = new Date() }: { today?: Date }) {
  const plan = useWellbeingPlan();
  const show = useNotices((state) => state.show);
  if (!plan?.reviewOn || !isReviewDue(plan.reviewOn, isoDay(today))) return null;
  const chosen = plan.reviewOn;

  const notNow = async () => {
    try {
      // The plan's writing code loads only when asked for: Home is in the first download.
      const { setPlanReviewDate } = await import("../../db/wellbeing-plan");
      await setPlanReviewDate(addDaysToDay(isoDay(today), ASK_AGAIN_DAYS));
      show({
        tone: "info",
        text: "All right. We will ask again in two weeks. You can change the day in your plan.",
        expiresAfterMs: 10_000,
        action: { label: "Undo", run: () => void setPlanReviewDate(chosen) },
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <section aria-labelledby="plan-review-heading" className="section panel">
      <h2 id="plan-review-heading">Time to look at your wellbeing plan</h2>
      <p>
        The day you chose to look at your plan again has come. There is no rush: look when it suits
        you, and choose a new day there.
      </p>
      <div className="actions">
        <Link href="/plan" className="button">
          Look at my plan
        </Link>
        <button type="button" className="button secondary" onClick={() => void notNow()}>
          Ask me in two weeks
        </button>
      </div>
    </section>
  );
}
