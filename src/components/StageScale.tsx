import type { Stage } from "../domain/pack/schema";

/**
 * Where a stage sits on the four-stage scale: "2 of 4" in words, and a small bar of
 * the four stages with this one marked, so its place never rests on colour alone.
 */
export function StageScale({ stages, index }: { stages: readonly Stage[]; index: number }) {
  return (
    <span className="stage-scale">
      <span className="stage-scale-bar" aria-hidden="true">
        {stages.map((stage, i) => (
          <span
            key={stage.id}
            className={`stage-scale-step stage-${stage.colour}${i === index ? " current" : ""}${i <= index ? " filled" : ""}`}
          />
        ))}
      </span>
      <span className="stage-scale-text">
        Stage {index + 1} of {stages.length}
        <span className="visually-hidden">
          , from {stages[0]?.label} to {stages.at(-1)?.label}
        </span>
      </span>
    </span>
  );
}
