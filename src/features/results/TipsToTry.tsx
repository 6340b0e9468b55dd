import { useRef } from "react";
import { useNotices } from "../../state/notices";
import { addToPlan } from "../../db/plan";
import type { ContentPack, Tip } from "../../domain/pack/schema";
import type { CheckIn, PlanAction } from "../../domain/records";
import { selectTips } from "../../domain/tips/select";

/** A few tips for this result; each can go into "my plan". */
export function TipsToTry({
  pack,
  checkIn,
  plan,
}: {
  pack: ContentPack;
  checkIn: CheckIn;
  plan: readonly PlanAction[];
}) {
  const show = useNotices((state) => state.show);
  // The button goes once its tip is in the plan: focus moves to the words that replace it.
  const focusWhenInPlan = useRef<string | null>(null);
  // Chosen against the plan as it was, so adding a tip does not reshuffle the list.
  const tips = selectTips(
    pack,
    checkIn.result,
    plan.filter((action) => action.createdAt < checkIn.createdAt),
    // Three keep the result short; more wait for the next check-in.
    { seed: checkIn.id, count: 3 },
  );
  const inPlan = new Set(plan.filter((a) => a.status === "active").map((a) => a.tipId));

  const add = async (tip: Tip) => {
    focusWhenInPlan.current = tip.id;
    try {
      await addToPlan({
        id: crypto.randomUUID(),
        tipId: tip.id,
        title: tip.title,
        detail: tip.tryNow ?? tip.body,
        fromCheckIn: checkIn.id,
      });
      show({ tone: "info", text: `Added “${tip.title}” to your plan.` });
    } catch (problem) {
      focusWhenInPlan.current = null;
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  if (tips.length === 0) return null;
  return (
    <section aria-labelledby="tips-heading" className="section">
      <h2 id="tips-heading">Things you could try</h2>
      <p className="hint">Pick one or two that feel doable. They will show on your Home screen.</p>
      <ul className="stack">
        {tips.map((tip) => (
          <li key={tip.id} className="card tip-card">
            <h3>{tip.title}</h3>
            <p>{tip.body}</p>
            {tip.tryNow ? (
              <p>
                <strong>Try now:</strong> {tip.tryNow}
              </p>
            ) : null}
            {inPlan.has(tip.id) ? (
              <p
                className="in-plan"
                tabIndex={-1}
                ref={(element) => {
                  if (!element || focusWhenInPlan.current !== tip.id) return;
                  focusWhenInPlan.current = null;
                  element.focus();
                }}
              >
                In your plan
              </p>
            ) : (
              <button type="button" className="button secondary" onClick={() => void add(tip)}>
                Add to my plan<span className="visually-hidden">: {tip.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
