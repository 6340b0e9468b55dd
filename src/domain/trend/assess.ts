/**
 * How things are moving across check-ins, and whether a hard stage has lasted long
 * enough to change the advice. Uses only each result's stage index and date, so
 * check-ins scored with older packs keep their meaning. Rule: docs/scoring.md.
 */
import type { ContentPack } from "../pack/schema";
import type { CheckInResult } from "../scoring/result";

/** One past check-in: when it was taken (ISO date or date-time) and its result. */
export type TrendEntry = {
  date: string;
  result: Pick<CheckInResult, "status" | "stageIndex">;
};

export type TrendDirection = "improving" | "worsening" | "steady" | "not-enough";

export type TrendAssessment = {
  direction: TrendDirection;
  /** True when the third or fourth stage has held (or things kept getting harder) long enough. */
  persistent: boolean;
  /** Days covered by the run of check-ins behind the persistence signal (0 when none). */
  persistentDays: number;
  /** Scored check-ins the direction was worked out from (the last few). */
  considered: number;
  /** The pack's words for the direction. */
  directionAdvice: string;
  /** The pack's persistence advice, or null when persistence did not trigger. */
  persistenceAdvice: string | null;
};

/** How many of the latest scored check-ins the direction looks at. */
export const TREND_WINDOW = 5;
/** The third stage (index 2): from here, lasting stress changes the advice. */
const HARD_STAGE = 2;
const DAY_MS = 86_400_000;

type Point = { day: number; stage: number };

/** Calendar day number of an ISO date or date-time (its written date), or null. */
function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

/** Scored check-ins with a usable date, oldest first (ties: lighter stage first). */
export function trendPoints(history: readonly TrendEntry[]): Point[] {
  const points: Point[] = [];
  for (const entry of history) {
    const stage = entry.result.stageIndex;
    if (entry.result.status !== "scored" || stage === null) continue;
    const day = dayNumber(entry.date);
    if (day !== null) points.push({ day, stage });
  }
  return points.sort((a, b) => a.day - b.day || a.stage - b.stage);
}

/**
 * Compares the latest check-in with the ones before it in the window. It is
 * "worsening" only if the latest is no lighter than the one just before it and at
 * least half a stage harder than their average; "improving" is the mirror image.
 */
function directionOf(points: readonly Point[]): TrendDirection {
  const window = points.slice(-TREND_WINDOW);
  const latest = window.at(-1);
  const previous = window.at(-2);
  if (!latest || !previous) return "not-enough";
  const earlier = window.slice(0, -1);
  const average = earlier.reduce((sum, point) => sum + point.stage, 0) / earlier.length;
  if (latest.stage >= previous.stage && latest.stage - average >= 0.5) return "worsening";
  if (latest.stage <= previous.stage && average - latest.stage >= 0.5) return "improving";
  return "steady";
}

/**
 * Days spanned by the latest run of check-ins that stayed at the third stage or
 * harder, or kept getting harder (never at the first stage), ending at the third
 * stage or harder. 0 when none.
 */
export function persistentSpan(points: readonly Point[]): number {
  const latest = points.at(-1);
  if (!latest || latest.stage < HARD_STAGE) return 0;
  let start = latest;
  for (let i = points.length - 2; i >= 0; i -= 1) {
    const point = points[i];
    const next = points[i + 1];
    if (!point || !next) break;
    // A check-in at the first stage ends the run: doing well is not "staying" anywhere hard.
    if (point.stage === 0) break;
    const bothHard = point.stage >= HARD_STAGE && next.stage >= HARD_STAGE;
    if (!bothHard && point.stage > next.stage) break;
    start = point;
  }
  return latest.day - start.day;
}

const ADVICE_KEYS = {
  improving: "improving",
  worsening: "worsening",
  steady: "steady",
  "not-enough": "notEnough",
} as const;

/** Direction and persistence over a person's check-ins, in any order. */
export function assessTrend(pack: ContentPack, history: readonly TrendEntry[]): TrendAssessment {
  const points = trendPoints(history);
  const direction = directionOf(points);
  const span = persistentSpan(points);
  const persistent = span >= pack.scoring.persistenceDays;
  return {
    direction,
    persistent,
    persistentDays: persistent ? span : 0,
    considered: Math.min(points.length, TREND_WINDOW),
    directionAdvice: pack.advice[ADVICE_KEYS[direction]],
    persistenceAdvice: persistent ? pack.advice.persistence : null,
  };
}
