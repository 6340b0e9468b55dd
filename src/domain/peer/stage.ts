/**
 * Which stage the signs someone noticed point to. Only ever a suggestion: the
 * colleague's own view weighs more, and the screen says so.
 */
import type { ContentPack } from "../pack/schema";
import type { StageRef } from "../records";

/** Signs at one stage that together make that stage the suggestion. */
export const SIGNS_FOR_A_STAGE = 2;

/**
 * The rule, in three steps:
 * 1. Count the ticked signs at each stage (unknown ids and repeats are ignored).
 * 2. Take the hardest stage with at least two signs; if no stage has two, the hardest
 *    stage with one. Two signs agreeing say more than one on its own, so a single
 *    harder sign among several lighter ones does not set the suggestion by itself...
 * 3. ...but the suggestion is never more than one stage lighter than the hardest sign
 *    ticked, the same limit the self-check scorer uses, so a serious sign is never
 *    drowned out by a list of reassuring ones.
 * Null when no known sign is ticked.
 */
export function suggestStageFromSigns(
  pack: Pick<ContentPack, "stages" | "peerGuide">,
  signIds: readonly string[],
): StageRef | null {
  const ticked = new Set(signIds);
  const counts = pack.stages.map(() => 0);
  for (const sign of pack.peerGuide.signs) {
    if (!ticked.has(sign.id)) continue;
    const index = pack.stages.findIndex((stage) => stage.id === sign.stage);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  const hardestTicked = counts.findLastIndex((count) => count > 0);
  if (hardestTicked < 0) return null;
  const hardestAgreed = counts.findLastIndex((count) => count >= SIGNS_FOR_A_STAGE);
  const chosen = Math.max(hardestAgreed < 0 ? hardestTicked : hardestAgreed, hardestTicked - 1);
  const stage = pack.stages[chosen];
  return stage ? { stageId: stage.id, stageIndex: chosen } : null;
}
