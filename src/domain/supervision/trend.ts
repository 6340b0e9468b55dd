/**
 * The trend part of a supervision prep, in words (the print view is read in black
 * and white, so stages are named, never only coloured). The rule itself is
 * assessTrend's; this only puts its answer into words for a supervision setting.
 */
import { stageFor } from "../pack/lookup";
import type { ContentPack } from "../pack/schema";
import { formatShortDay } from "../peer/days";
import type { CheckIn } from "../records";
import { assessTrend, type TrendAssessment, type TrendDirection } from "../trend/assess";

/** The stage list names only the latest few, so the page stays one page. */
export const TREND_STAGES_SHOWN = 8;

const DIRECTION_WORDS: Record<TrendDirection, string> = {
  improving: "things have been easing",
  worsening: "things have got harder",
  steady: "things have stayed about the same",
  "not-enough": "there are not enough check-ins yet to show a trend",
};

export function prepTrend(
  pack: ContentPack,
  checkIns: readonly Pick<CheckIn, "createdAt" | "result">[],
): TrendAssessment {
  return assessTrend(
    pack,
    checkIns.map((checkIn) => ({ date: checkIn.createdAt, result: checkIn.result })),
  );
}

/** One line per point: the direction, how long hard stages lasted, and the stages in order. */
export function prepTrendLines(
  pack: ContentPack,
  checkIns: readonly Pick<CheckIn, "createdAt" | "result">[],
): string[] {
  const trend = prepTrend(pack, checkIns);
  const scored = checkIns
    .filter((checkIn) => checkIn.result.status === "scored")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const based =
    trend.direction === "not-enough" ? "" : ` (from the last ${trend.considered} check-ins)`;
  const lines = [`Trend: ${DIRECTION_WORDS[trend.direction]}${based}.`];
  if (trend.persistent) {
    lines.push(`Things have been hard for ${trend.persistentDays} days or more.`);
  }
  const shown = scored.slice(-TREND_STAGES_SHOWN).map((checkIn) => {
    const label = stageFor(pack, checkIn.result)?.label ?? "Unknown stage";
    return `${label} (${formatShortDay(checkIn.createdAt)})`;
  });
  if (shown.length > 0) {
    const which =
      scored.length > shown.length ? `, the latest ${shown.length} of ${scored.length}` : "";
    lines.push(`Stages, oldest first${which}: ${shown.join(", ")}.`);
  }
  return lines;
}
