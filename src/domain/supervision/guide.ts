/**
 * Supervisor guidance by stage, and the voice a prompt is asked in. Pure: the
 * screens only lay these out.
 */
import type { ContentPack, SupervisionPrompt } from "../pack/schema";

/** A prompt as the person preparing reads it: their own voice for their own supervision. */
export function promptWords(prompt: Pick<SupervisionPrompt, "text" | "selfText">, mine: boolean) {
  return mine ? (prompt.selfText ?? prompt.text) : prompt.text;
}

export interface StageGuidance {
  stageId: string;
  label: string;
  consider: string[];
  offer: string[];
  /** The organisation's own routes for this stage. */
  local: string[];
}

/** What a supervisor might consider and offer at each stage, lightest first; stages without guidance left out. */
export function supervisorGuidance(
  pack: Pick<ContentPack, "stages" | "supervisorGuide">,
): StageGuidance[] {
  return pack.stages.flatMap((stage) => {
    const guide = pack.supervisorGuide.stages.find((entry) => entry.stage === stage.id);
    const local = pack.supervisorGuide.localRoutes
      .filter((route) => route.stages.includes(stage.id))
      .map((route) => route.text);
    if (!guide && local.length === 0) return [];
    return [
      {
        stageId: stage.id,
        label: stage.label,
        consider: guide?.consider ?? [],
        offer: guide?.offer ?? [],
        local,
      },
    ];
  });
}
