import { useNotices } from "../../state/notices";
import { setPlanStatus } from "../../db/plan";
import type { PlanAction } from "../../domain/records";

/** "My plan": the tips a person chose, to mark done or drop. No streaks, no counts. */
export function MyPlan({ plan }: { plan: readonly PlanAction[] }) {
  const show = useNotices((state) => state.show);
  const active = plan.filter((action) => action.status === "active");
  if (active.length === 0) return null;

  const change = async (action: PlanAction, status: PlanAction["status"]) => {
    try {
      await setPlanStatus(action.id, status);
      show({
        tone: "info",
        text:
          status === "done"
            ? `Marked “${action.title}” as done.`
            : `Removed “${action.title}” from your plan.`,
        expiresAfterMs: 10_000,
        action: { label: "Undo", run: () => void setPlanStatus(action.id, "active") },
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <section aria-labelledby="plan-heading" className="section">
      <h2 id="plan-heading">My plan</h2>
      <ul className="stack">
        {active.map((action) => (
          <li key={action.id} className="card plan-item">
            <h3>{action.title}</h3>
            <p>{action.detail}</p>
            <div className="actions">
              <button
                type="button"
                className="button small"
                onClick={() => void change(action, "done")}
              >
                Done<span className="visually-hidden">: {action.title}</span>
              </button>
              <button
                type="button"
                className="button small secondary"
                onClick={() => void change(action, "dropped")}
              >
                Not for me<span className="visually-hidden">: {action.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
