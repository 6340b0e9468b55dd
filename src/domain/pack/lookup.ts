/**
 * Finding a stage for a stored result. A result made with another pack (an older
 * version, or an organisation's pack) may use other stage ids, but its position on
 * the four-stage continuum means the same in every pack, so that is the fallback.
 */
import type { ContentPack, Stage } from "./schema";

export function stageFor(
  pack: Pick<ContentPack, "stages">,
  ref: { stageId: string | null; stageIndex: number | null },
): Stage | null {
  if (ref.stageId === null && ref.stageIndex === null) return null;
  return (
    pack.stages.find((stage) => stage.id === ref.stageId) ??
    (ref.stageIndex === null ? undefined : pack.stages[ref.stageIndex]) ??
    null
  );
}
