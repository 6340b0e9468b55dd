/**
 * The trend in words: the one place that decides what History, supervision prep, the
 * printed page and the shared text say about it, so they never disagree.
 */
import type { ContentPack } from "../pack/schema";
import type { TrendAssessment } from "./assess";

export type TrendLineKind = "direction" | "red-flags" | "persistence";

/** One thing to say. "red-flags" and "persistence" are the ones that point to support. */
export type TrendLine = { kind: TrendLineKind; text: string };

/** "A", "A or B", "A, B or C". */
function either(labels: readonly string[]): string {
  const last = labels.at(-1) ?? "";
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${last}` : last;
}

/**
 * How long the hard run lasted, in the stages' own names, so the number is never
 * given without what it counts.
 */
function persistenceFact(pack: Pick<ContentPack, "stages">, trend: TrendAssessment): string {
  const floor = trend.persistentStageIndex ?? 0;
  const labels = pack.stages.slice(floor).map((stage) => stage.label);
  return `Your check-ins over ${trend.persistentDays} days have all been ${either(labels)}.`;
}

/**
 * What to say, in order: the direction, then a red-flag answer in the period (always
 * said, whatever the direction), then how long a hard stage has lasted.
 */
export function trendLines(pack: Pick<ContentPack, "stages">, trend: TrendAssessment): TrendLine[] {
  const lines: TrendLine[] = [{ kind: "direction", text: trend.directionAdvice }];
  if (trend.redFlagAdvice) lines.push({ kind: "red-flags", text: trend.redFlagAdvice });
  if (trend.persistenceAdvice) {
    const text = `${persistenceFact(pack, trend)} ${trend.persistenceAdvice}`;
    lines.push({ kind: "persistence", text });
  }
  return lines;
}
