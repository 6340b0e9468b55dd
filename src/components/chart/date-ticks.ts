/**
 * The date axis of a chart over time: a few ticks (days, weeks, months or years) whose
 * labels fit side by side at the chart's width. Pure arithmetic, so it is tested without
 * a browser; recharts then draws the ticks where these say.
 */
import type { SeriesPoint } from "../../domain/history/series";

/** Room at each side of the plot for the largest (highlighted) dot, in pixels. */
export const PLOT_INSET = 12;

/** A time (ms) to x, placing points by date; a single moment sits in the middle. */
export function timeToX(startMs: number, endMs: number, width: number): (ms: number) => number {
  const span = endMs - startMs;
  const usable = Math.max(0, width - 2 * PLOT_INSET);
  if (span <= 0) return () => width / 2;
  return (ms) => PLOT_INSET + ((ms - startMs) / span) * usable;
}

/**
 * The times the x axis runs between: from the start of the first point's day (so that
 * day gets its tick) to the last point. Several points at one moment share one time.
 */
export function timeDomain(points: readonly SeriesPoint[]): [number, number] {
  const first = Date.parse(points[0]?.date ?? "");
  const last = Date.parse(points.at(-1)?.date ?? "");
  if (!(last > first)) return [first, first];
  const day = new Date(first);
  return [new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime(), last];
}

export interface DateTick {
  /** The moment the tick stands for. */
  ms: number;
  /** Where the tick mark is. */
  x: number;
  label: string;
  /** Where the label is: under the mark, or pulled in so it does not run off an edge. */
  labelX: number;
  anchor: "start" | "middle" | "end";
}

/** A tick with its label's estimated left and right edges, for the overlap checks. */
type SizedTick = DateTick & { left: number; right: number };

type Step = { unit: "day" | "month" | "year"; size: number };

const STEPS: Step[] = [
  { unit: "day", size: 1 },
  { unit: "day", size: 2 },
  { unit: "day", size: 7 },
  { unit: "day", size: 14 },
  { unit: "month", size: 1 },
  { unit: "month", size: 2 },
  { unit: "month", size: 3 },
  { unit: "month", size: 6 },
  { unit: "year", size: 1 },
  { unit: "year", size: 2 },
  { unit: "year", size: 5 },
  { unit: "year", size: 10 },
];
const DAY_MS = 24 * 60 * 60 * 1000;
const STEP_MS = { day: DAY_MS, month: 30.44 * DAY_MS, year: 365.25 * DAY_MS };

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
});
const monthOnly = new Intl.DateTimeFormat("en-GB", { month: "short" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric" });

/** Local midnights (or first days of months, or new years) from start to end, a step apart. */
function tickDates(startMs: number, endMs: number, step: Step): Date[] {
  const start = new Date(startMs);
  let next: Date;
  if (step.unit === "day") {
    next = new Date(start.getFullYear(), start.getMonth(), start.getDate());
    if (next.getTime() < startMs) next.setDate(next.getDate() + 1);
    // Weekly ticks fall on Mondays, the day a week's average starts.
    if (step.size >= 7) next.setDate(next.getDate() + ((8 - next.getDay()) % 7));
  } else if (step.unit === "month") {
    next = new Date(start.getFullYear(), start.getMonth(), 1);
    if (next.getTime() < startMs) next.setMonth(next.getMonth() + 1);
    while (next.getMonth() % step.size !== 0) next.setMonth(next.getMonth() + 1);
  } else {
    next = new Date(start.getFullYear(), 0, 1);
    if (next.getTime() < startMs) next.setFullYear(next.getFullYear() + 1);
    while (next.getFullYear() % step.size !== 0) next.setFullYear(next.getFullYear() + 1);
  }
  const dates: Date[] = [];
  while (next.getTime() <= endMs) {
    dates.push(new Date(next));
    if (step.unit === "day") next.setDate(next.getDate() + step.size);
    else if (step.unit === "month") next.setMonth(next.getMonth() + step.size);
    else next.setFullYear(next.getFullYear() + step.size);
  }
  return dates;
}

/**
 * "3 Nov", "Nov" or "2026". When the dates cross a new year, the first tick and the
 * first of each new year carry the year too ("29 Dec 2026", "5 Jan 2027", "12 Jan"),
 * and so does a tick on its own.
 */
function tickLabels(dates: readonly Date[], unit: Step["unit"], crossesYears: boolean): string[] {
  return dates.map((date, index) => {
    if (unit === "year") return String(date.getFullYear());
    // A lone tick carries its year too, so the chart says when it is.
    const newYear =
      dates.length === 1 ||
      (crossesYears && (index === 0 || dates[index - 1]?.getFullYear() !== date.getFullYear()));
    if (unit === "month") return (newYear ? monthYear : monthOnly).format(date);
    return (newYear ? dayMonthYear : dayMonth).format(date);
  });
}

/**
 * A few date ticks for the x axis that do not overlap: the finest step (days, weeks,
 * months, years) whose labels all fit side by side. Label widths are estimated from the
 * font size (0.6 of it a character is generous for these short labels).
 */
export function dateTicks(
  startMs: number,
  endMs: number,
  width: number,
  fontPx: number,
): DateTick[] {
  const toX = timeToX(startMs, endMs, width);
  const crossesYears = new Date(startMs).getFullYear() !== new Date(endMs).getFullYear();
  const gap = 0.75 * fontPx;
  const widthOf = (label: string) => label.length * fontPx * 0.6;
  let best: SizedTick[] = [];
  for (const step of STEPS) {
    // Skip steps that could not possibly fit before making their dates.
    const roughCount = (endMs - startMs) / (STEP_MS[step.unit] * step.size);
    if (roughCount > width / (3 * fontPx)) continue;
    const dates = tickDates(startMs, endMs, step);
    const labels = tickLabels(dates, step.unit, crossesYears);
    const ticks = dates.map((date, index) => placeTick(date.getTime(), labels[index] ?? ""));
    if (ticks.length > 0) best = ticks;
    if (ticks.length > 0 && fitsSideBySide(ticks)) return ticks.map(withoutEdges);
    // A tick pulled in from an edge may crowd its neighbour: leave that one out rather
    // than going to a coarser step.
    const inner = ticks.slice(
      ticks[0]?.anchor === "start" ? 1 : 0,
      ticks.at(-1)?.anchor === "end" ? -1 : undefined,
    );
    if (inner.length >= 2 && fitsSideBySide(inner)) return dropOverlapping(inner.concat(ticks));
  }
  if (best.length === 0) {
    // All the points are within one day, not crossing midnight: name that day.
    return [withoutEdges(placeTick(startMs, dayMonthYear.format(startMs)))];
  }
  return dropOverlapping(best);

  function placeTick(ms: number, label: string): SizedTick {
    const x = toX(ms);
    const labelWidth = widthOf(label);
    const left = Math.min(Math.max(0, x - labelWidth / 2), Math.max(0, width - labelWidth));
    const right = left + labelWidth;
    if (left > x - labelWidth / 2)
      return { ms, x, label, labelX: left, anchor: "start", left, right };
    if (left < x - labelWidth / 2)
      return { ms, x, label, labelX: right, anchor: "end", left, right };
    return { ms, x, label, labelX: x, anchor: "middle", left, right };
  }
  function fitsSideBySide(ticks: readonly SizedTick[]): boolean {
    return ticks.every((tick, i) => i === 0 || tick.left >= (ticks[i - 1]?.right ?? 0) + gap);
  }
  /** The ticks in order, each kept only if it clears the ones kept before it. */
  function dropOverlapping(ticks: readonly SizedTick[]): DateTick[] {
    const kept: SizedTick[] = [];
    for (const tick of ticks) {
      if (kept.every((other) => tick.left >= other.right + gap || tick.right + gap <= other.left)) {
        kept.push(tick);
      }
    }
    return kept.sort((a, b) => a.x - b.x).map(withoutEdges);
  }
}

function withoutEdges({ ms, x, label, labelX, anchor }: SizedTick): DateTick {
  return { ms, x, label, labelX, anchor };
}
