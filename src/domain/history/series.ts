/**
 * What the History chart draws: one point per scored check-in, oldest first, with the
 * stage as a position 0-3 on the continuum. When there are too many to read on a phone,
 * check-ins are averaged by week, and when even the weeks are too many, by month.
 */
import { startOfISOWeek } from "date-fns";

/** The few fields of a check-in the chart needs. */
export interface SeriesSource {
  createdAt: string;
  result: {
    stageIndex: number | null;
    domains: readonly { domainId: string; stageIndex: number | null }[];
  };
}

export interface SeriesPoint {
  /** ISO date-time of the check-in, or of the start of its week or month when grouped. */
  date: string;
  /** 0 (first stage) to 3 (fourth stage); an average may fall between. */
  stage: number;
  /** How many check-ins this point stands for. */
  count: number;
}

/** What each point stands for: one check-in, or the average of a week or a month. */
export type SeriesGrouping = "check-in" | "week" | "month";

export interface Series {
  points: SeriesPoint[];
  grouped: SeriesGrouping;
}

/**
 * Above this many points a phone chart stops being readable, so weeks are averaged.
 * Ten years of months is exactly this many; a longer history may have more points
 * (one a month), since a month is the widest group the chart uses.
 */
export const MAX_POINTS = 120;

function stageOf(source: SeriesSource, domainId: string | null): number | null {
  if (domainId === null) return source.result.stageIndex;
  return source.result.domains.find((d) => d.domainId === domainId)?.stageIndex ?? null;
}

/**
 * Points for the whole check-in (domainId null) or one domain. Check-ins without a
 * stage there (not enough answers, or that domain skipped) are left out, not drawn as 0.
 */
export function stageSeries(
  checkIns: readonly SeriesSource[],
  domainId: string | null = null,
  maxPoints: number = MAX_POINTS,
): Series {
  const points: SeriesPoint[] = [];
  for (const checkIn of checkIns) {
    const stage = stageOf(checkIn, domainId);
    if (stage !== null) points.push({ date: checkIn.createdAt, stage, count: 1 });
  }
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (points.length <= maxPoints) return { points, grouped: "check-in" };
  const weeks = averageBy(points, (date) => startOfISOWeek(date));
  if (weeks.length <= maxPoints) return { points: weeks, grouped: "week" };
  return {
    points: averageBy(points, (date) => new Date(date.getFullYear(), date.getMonth(), 1)),
    grouped: "month",
  };
}

/**
 * One point per period (a week or a month, in local time), dated at its start. The
 * points come in oldest first, so the periods do too.
 */
function averageBy(
  points: readonly SeriesPoint[],
  periodStart: (date: Date) => Date,
): SeriesPoint[] {
  const periods = new Map<string, { total: number; count: number }>();
  for (const point of points) {
    const start = periodStart(new Date(point.date)).toISOString();
    const entry = periods.get(start) ?? { total: 0, count: 0 };
    entry.total += point.stage;
    entry.count += 1;
    periods.set(start, entry);
  }
  return [...periods.entries()].map(([date, { total, count }]) => ({
    date,
    stage: Math.round((total / count) * 10) / 10,
    count,
  }));
}

/** The first words of a note, cut at a word boundary, for a list preview. */
export function notePreview(note: string, maxLength = 80): string {
  const flat = note.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
