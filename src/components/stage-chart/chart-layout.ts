/**
 * Where things go on the stage chart, in pixels: pure arithmetic, so it can be tested
 * without a browser. The chart's svg uses its own measured size as its viewBox, so one
 * unit is one pixel and text is never squashed.
 */
import type { SeriesPoint } from "../../domain/history/series";

/** Room at each side of the plot for the largest (highlighted) dot. */
export const PLOT_INSET = 12;

/** Each stage's line through the middle of equal rows; stage 0 (doing well) at the top. */
export function evenLines(height: number, stageCount = 4): number[] {
  return Array.from({ length: stageCount }, (_, i) => ((i + 0.5) * height) / stageCount);
}

/** The top and bottom of a box on the page, as getBoundingClientRect gives them. */
export interface Edges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Where each stage's line goes, from where its name is on the page: level with the
 * name when the names are in a column beside the plot, or in the middle of the gap
 * below the name when a narrow screen or large text puts each name above its line.
 */
export function linesFromLabels(plot: Edges, labels: readonly Edges[]): number[] {
  const beside = labels.every((label) => label.right <= plot.left + 1);
  return labels.map((label, i) => {
    const below = beside ? label.bottom : (labels[i + 1]?.top ?? plot.bottom);
    const top = beside ? label.top : label.bottom;
    return Math.min(plot.bottom, Math.max(plot.top, (top + below) / 2)) - plot.top;
  });
}

/** The y of a stage, or of an average between two stages, on lines from top to bottom. */
export function stageY(stage: number, lines: readonly number[]): number {
  const lower = Math.max(0, Math.min(lines.length - 1, Math.floor(stage)));
  const upper = Math.min(lines.length - 1, lower + 1);
  const fraction = Math.max(0, Math.min(1, stage - lower));
  const from = lines[lower] ?? 0;
  return from + ((lines[upper] ?? from) - from) * fraction;
}

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

export interface PlacedPoint {
  x: number;
  y: number;
}

export function placePoints(
  points: readonly SeriesPoint[],
  width: number,
  lines: readonly number[],
): PlacedPoint[] {
  const times = points.map((point) => Date.parse(point.date));
  const toX = timeToX(...timeDomain(points), width);
  return points.map((point, index) => ({
    x: toX(times[index] ?? 0),
    y: stageY(point.stage, lines),
  }));
}

/** The index of the point nearest to x (points are in time order, so by x too). */
export function nearestIndex(placed: readonly PlacedPoint[], x: number): number {
  let low = 0;
  let high = placed.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((placed[middle]?.x ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  const before = placed[low - 1];
  const at = placed[low];
  if (before && at && x - before.x <= at.x - x) return low - 1;
  return Math.max(0, low);
}

/** A dot small enough that neighbours do not merge into a blob, and never under 1.5 px. */
export function dotRadius(pointCount: number, width: number): number {
  const spacing = (width - 2 * PLOT_INSET) / Math.max(1, pointCount);
  return Math.min(4.5, Math.max(1.5, spacing / 3));
}

export interface DateTick {
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
    const ticks = dates.map((date, index) => placeTick(toX(date.getTime()), labels[index] ?? ""));
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
    return [withoutEdges(placeTick(toX(startMs), dayMonthYear.format(startMs)))];
  }
  return dropOverlapping(best);

  function placeTick(x: number, label: string): SizedTick {
    const labelWidth = widthOf(label);
    const left = Math.min(Math.max(0, x - labelWidth / 2), Math.max(0, width - labelWidth));
    const right = left + labelWidth;
    if (left > x - labelWidth / 2) return { x, label, labelX: left, anchor: "start", left, right };
    if (left < x - labelWidth / 2) return { x, label, labelX: right, anchor: "end", left, right };
    return { x, label, labelX: x, anchor: "middle", left, right };
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

function withoutEdges({ x, label, labelX, anchor }: SizedTick): DateTick {
  return { x, label, labelX, anchor };
}
