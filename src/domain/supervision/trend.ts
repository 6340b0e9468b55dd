/**
 * The trend part of a supervision prep, in words (the print view is read in black
 * and white, so stages are named, never only coloured). The rule is assessTrend's
 * and the words are trendLines', the same as History shows; this only adds the list
 * of stages a supervision page needs.
 */
import { stageFor } from "../pack/lookup";
import type { ContentPack } from "../pack/schema";
import { formatShortDay } from "../peer/days";
import type { CheckIn } from "../records";
import { assessTrend, type TrendAssessment } from "../trend/assess";
import { trendLines } from "../trend/words";

/** The stage list names only the latest few, so the page stays one page. */
export const TREND_STAGES_SHOWN = 8;

type PrepCheckIn = Pick<CheckIn, "createdAt" | "result">;

export function prepTrend(pack: ContentPack, checkIns: readonly PrepCheckIn[]): TrendAssessment {
  return assessTrend(
    pack,
    checkIns.map((checkIn) => ({ date: checkIn.createdAt, result: checkIn.result })),
  );
}

/** The stages in order, in words, or null when no check-in has a stage. */
export function prepStagesLine(pack: ContentPack, checkIns: readonly PrepCheckIn[]): string | null {
  const scored = checkIns
    .filter((checkIn) => checkIn.result.status === "scored")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const shown = scored.slice(-TREND_STAGES_SHOWN).map((checkIn) => {
    const label = stageFor(pack, checkIn.result)?.label ?? "Unknown stage";
    return `${label} (${formatShortDay(checkIn.createdAt)})`;
  });
  if (shown.length === 0) return null;
  const which =
    scored.length > shown.length ? `, the latest ${shown.length} of ${scored.length}` : "";
  return `Stages, oldest first${which}: ${shown.join(", ")}.`;
}

/** For the printed page and the shared text: the trend's words, then the stages in order. */
export function prepTrendLines(pack: ContentPack, checkIns: readonly PrepCheckIn[]): string[] {
  const words = trendLines(pack, prepTrend(pack, checkIns)).map((line) => line.text);
  const stages = prepStagesLine(pack, checkIns);
  return stages ? [...words, stages] : words;
}
