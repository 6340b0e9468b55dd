import { Link } from "wouter";
import { useWellbeingPlan } from "../../db/wellbeing-plan-hooks";
import { isoDay } from "../../domain/dates";
import { isReviewDue } from "../../domain/wellbeing-plan/review";

/**
 * A gentle note on Home once the day the person chose to look at their plan again has
 * come. Reads its own data, so Home needs only one line for it.
 */
export function PlanReviewDue({ today = new Date() }: { today?: Date }) {
  const plan = useWellbeingPlan();
  if (!plan || !isReviewDue(plan.reviewOn, isoDay(today))) return null;
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
      </div>
    </section>
  );
}
