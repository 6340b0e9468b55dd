/**
 * Supervision prompts for a stage (and pattern), grouped by Proctor's three functions:
 * restorative (support), formative (learning), normative (standards).
 */
import { SUPERVISION_FUNCTIONS, type SupervisionFunction } from "../pack/constants";
import type { ContentPack, SupervisionPrompt } from "../pack/schema";

export type PromptGroup = { function: SupervisionFunction; prompts: SupervisionPrompt[] };

function fitsPattern(prompt: SupervisionPrompt, patternId: string | null): boolean {
  const patterns = prompt.patterns ?? [];
  return patterns.length === 0 || (patternId !== null && patterns.includes(patternId));
}

/**
 * Prompts for each function, in pack order, pattern-specific ones first. A null stage
 * (not enough answers) takes every stage's prompts. If a function has nothing for this
 * stage, it falls back to that function's prompts for any stage rather than go empty.
 */
export function selectPrompts(
  pack: ContentPack,
  stageId: string | null,
  patternId?: string | null,
): PromptGroup[] {
  const pattern = patternId ?? null;
  return SUPERVISION_FUNCTIONS.map((fn) => {
    const ofFunction = pack.supervisionPrompts.filter((prompt) => prompt.function === fn);
    const forStage = ofFunction.filter(
      (prompt) => stageId === null || prompt.stages.includes(stageId),
    );
    const pool = forStage.length > 0 ? forStage : ofFunction;
    const fitting = pool.filter((prompt) => fitsPattern(prompt, pattern));
    const specific = fitting.filter((prompt) => (prompt.patterns ?? []).length > 0);
    const general = fitting.filter((prompt) => (prompt.patterns ?? []).length === 0);
    const prompts = [...specific, ...general];
    return { function: fn, prompts: prompts.length > 0 ? prompts : pool };
  });
}
