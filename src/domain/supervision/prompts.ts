/**
 * Which supervision prompts a prep shows. The choosing is selectPrompts' job (by
 * stage and pattern, grouped by function); this only decides which stage and pattern
 * to ask it for.
 */
import { stageFor } from "../pack/lookup";
import type { ContentPack } from "../pack/schema";
import type { CheckIn } from "../records";
import { selectPrompts, type PromptGroup } from "../tips/prompts";

export interface PrepFocus {
  stageId: string | null;
  patternId: string | null;
}

/**
 * The stage and main pattern of the latest scored check-in, as this pack names them
 * (a check-in scored with another pack keeps its place on the continuum). Null stage
 * when there is none: selectPrompts then offers prompts for every stage.
 */
export function prepFocus(
  pack: Pick<ContentPack, "stages">,
  checkIns: readonly Pick<CheckIn, "createdAt" | "result">[],
): PrepFocus {
  const latest = checkIns
    .filter((checkIn) => checkIn.result.status === "scored")
    .reduce<(typeof checkIns)[number] | null>(
      (newest, checkIn) => (!newest || checkIn.createdAt > newest.createdAt ? checkIn : newest),
      null,
    );
  return {
    stageId: latest ? (stageFor(pack, latest.result)?.id ?? null) : null,
    patternId: latest?.result.patternIds[0] ?? null,
  };
}

/** Prompts by function (restorative, formative, normative), leaving out empty groups. */
export function prepPrompts(
  pack: ContentPack,
  stageId: string | null,
  patternId: string | null = null,
): PromptGroup[] {
  return selectPrompts(pack, stageId, patternId).filter((group) => group.prompts.length > 0);
}
