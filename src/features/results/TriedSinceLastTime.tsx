import type { PlanAction } from "../../domain/records";

/** Mentions what the person tried from their plan before this check-in, without judging. */
export function TriedSinceLastTime({
  ids,
  plan,
}: {
  ids: readonly string[];
  plan: readonly PlanAction[];
}) {
  const tried = plan.filter((action) => ids.includes(action.id));
  if (tried.length === 0) return null;
  return (
    <section aria-labelledby="tried-heading" className="section">
      <h2 id="tried-heading">What you tried since last time</h2>
      <ul>
        {tried.map((action) => (
          <li key={action.id}>{action.title}</li>
        ))}
      </ul>
      <p>Taking time for yourself matters, whatever today’s result says.</p>
    </section>
  );
}
