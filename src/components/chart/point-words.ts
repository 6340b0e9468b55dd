/** The words for one point of the stage chart, shared by the chart and its table. */
import { formatDate } from "../../domain/dates";
import type { SeriesGrouping, SeriesPoint } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric" });

/** Words for a point's stage; an average between two stages names both. */
export function stageWords(pack: ContentPack, stage: number): string {
  const lower = pack.stages[Math.floor(stage)]?.label ?? "";
  if (Number.isInteger(stage)) return lower;
  const upper = pack.stages[Math.ceil(stage)]?.label ?? "";
  return `Between ${lower} and ${upper}`;
}

/** The date a point stands for: its day ("3 Nov 2026"), or its month ("November 2026"). */
export function pointDate(grouped: SeriesGrouping, point: SeriesPoint): string {
  return grouped === "month" ? monthYear.format(new Date(point.date)) : formatDate(point.date);
}

/**
 * When a point was, in a sentence: "3 Nov 2026" for one check-in, "Average of 4
 * check-ins in November 2026" (or "…in the week starting 2 Nov 2026") for a group.
 */
export function pointWhen(grouped: SeriesGrouping, point: SeriesPoint): string {
  if (grouped === "check-in") return pointDate(grouped, point);
  const period =
    grouped === "month"
      ? `in ${pointDate(grouped, point)}`
      : `in the week starting ${pointDate(grouped, point)}`;
  return point.count === 1
    ? `1 check-in ${period}`
    : `Average of ${point.count} check-ins ${period}`;
}
