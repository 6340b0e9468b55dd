import type { Stage } from "../domain/pack/schema";
import { Icon } from "./Icon";

/** A stage shown with colour AND icon AND words: never colour alone. */
export function StageBadge({
  stage,
  size = "normal",
}: {
  stage: Stage;
  size?: "normal" | "small";
}) {
  return (
    <span className={`stage-badge stage-${stage.colour} ${size}`}>
      <Icon name={stage.icon} size={size === "small" ? 18 : 28} />
      <span>{stage.label}</span>
    </span>
  );
}
