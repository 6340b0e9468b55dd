/**
 * The words a result shows beside its stage. After a safety (red-flag) answer they are
 * the pack's own words for that, never the stage's: the first stage's "mostly feeling
 * like yourself" must not sit next to an answer about not being safe.
 */
import type { ContentPack } from "../pack/schema";
import type { CheckInResult } from "./result";

export type StageWords = { short: string; long: string | null };

export function stageWords(
  pack: ContentPack,
  result: Pick<CheckInResult, "stageIndex" | "redFlags">,
): StageWords | null {
  if (result.redFlags.length > 0) return { short: pack.safety.withFlag, long: null };
  const stage = result.stageIndex === null ? undefined : pack.stages[result.stageIndex];
  return stage ? { short: stage.short, long: stage.long } : null;
}
