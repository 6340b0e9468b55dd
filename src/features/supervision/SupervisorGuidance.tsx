import type { ContentPack } from "../../domain/pack/schema";
import { supervisorGuidance } from "../../domain/supervision/guide";

function Lines({ title, lines }: { title: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** For the supervisor: what to think about and offer at each stage; the one in focus opens. */
export function SupervisorGuidance({
  pack,
  stageId,
}: {
  pack: ContentPack;
  stageId: string | null;
}) {
  const stages = supervisorGuidance(pack);
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby="guidance-heading" className="section panel">
      <h2 id="guidance-heading">For you as their supervisor</h2>
      <p className="hint">
        Ideas by stage. Their own view of how they are counts most, so talk these through with them.
      </p>
      {stages.map((stage) => (
        <details
          key={stage.stageId}
          className="disclosure guide-part"
          open={stage.stageId === stageId}
        >
          <summary>{stage.label}</summary>
          <Lines title="Think about" lines={stage.consider} />
          <Lines title="You could offer" lines={stage.offer} />
          <Lines title="In your organisation" lines={stage.local} />
        </details>
      ))}
    </section>
  );
}
