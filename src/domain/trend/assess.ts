/**
 * How things are moving across check-ins, whether a hard stage has lasted long
 * enough to change the advice, and whether a red-flag answer was given. Uses only
 * each result's stage index, red flags and date, so check-ins scored with older packs
 * keep their meaning. Rule: docs/scoring.md, "Trend and persistence".
 */
import type { ContentPack } from "../pack/schema";
import type { CheckInResult } from "../scoring/result";
import { persistenceOf } from "./persistence";

/** One past check-in: when it was taken (ISO date or date-time) and its result. */
export type TrendEntry = {
  date: string;
  result: Pick<CheckInResult, "status" | "stageIndex" | "redFlags">;
};

export type TrendDirection = "improving" | "worsening" | "mixed" | "steady" | "not-enough";

export type TrendAssessment = {
  direction: TrendDirection;
  /** True when the second stage or harder (or the third, for half as long) has lasted long enough. */
  persistent: boolean;
  /** Days covered by the run of check-ins behind the persistence signal (0 when none). */
  persistentDays: number;
  /** The stage that run stayed at or above (1 or 2), or null when persistence did not trigger. */
  persistentStageIndex: number | null;
  /** Scored check-ins the direction was worked out from (the last few). */
  considered: number;
  /** Check-ins in the period with at least one red-flag answer, scored or not. */
  redFlagCount: number;
  /** The pack's words for the direction. */
  directionAdvice: string;
  /** The pack's persistence advice, or null when persistence did not trigger. */
  persistenceAdvice: string | null;
  /** The pack's red-flag advice, or null when no red-flag answer was given in the period. */
  redFlagAdvice: string | null;
};

/** How many of the latest scored check-ins the direction looks at. */
export const TREND_WINDOW = 5;
const DAY_MS = 86_400_000;

/** A scored check-in: its calendar day, the moment it was taken (for order within a day), its stage. */
export type TrendPoint = { day: number; stage: number; at: number };

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

/**
 * Scored check-ins with a usable date, oldest first. Two on one day keep the order
 * they were taken in; only exact ties fall back to the lighter stage first, so the
 * answer never depends on the order the list was given in.
 */
export function trendPoints(history: readonly TrendEntry[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const entry of history) {
    const stage = entry.result.stageIndex;
    if (entry.result.status !== "scored" || stage === null) continue;
    const day = dayNumber(entry.date);
    const at = Date.parse(entry.date);
    if (day !== null) points.push({ day, stage, at: Number.isNaN(at) ? 0 : at });
  }
  return points.sort((a, b) => a.day - b.day || a.at - b.at || a.stage - b.stage);
}

/**
 * Looks at each step between the last few check-ins. Only steps up is "worsening",
 * only steps down is "improving", no change is "steady", and steps both ways is
 * "mixed": a week that was harder and then eased is not "much the same".
 */
function directionOf(points: readonly TrendPoint[]): TrendDirection {
  const window = points.slice(-TREND_WINDOW);
  if (window.length < 2) return "not-enough";
  let rose = false;
  let eased = false;
  window.forEach((point, i) => {
    const before = window[i - 1];
    if (!before) return;
    if (point.stage > before.stage) rose = true;
    if (point.stage < before.stage) eased = true;
  });
  if (rose && eased) return "mixed";
  if (rose) return "worsening";
  return eased ? "improving" : "steady";
}

const ADVICE_KEYS = {
  improving: "improving",
  worsening: "worsening",
  mixed: "mixed",
  steady: "steady",
  "not-enough": "notEnough",
} as const;

/** Direction, persistence and red flags over a person's check-ins, in any order. */
export function assessTrend(pack: ContentPack, history: readonly TrendEntry[]): TrendAssessment {
  const points = trendPoints(history);
  const direction = directionOf(points);
  const persistence = persistenceOf(points, pack.scoring.persistenceDays);
  // Every check-in counts here, even one without a stage or a readable date: a
  // worrying answer is never dropped because of how the rest was answered.
  const redFlagCount = history.filter((entry) => entry.result.redFlags.length > 0).length;
  return {
    direction,
    persistent: persistence !== null,
    persistentDays: persistence?.days ?? 0,
    persistentStageIndex: persistence?.stageIndex ?? null,
    considered: Math.min(points.length, TREND_WINDOW),
    redFlagCount,
    // "Much the same" at a hard stage must not read as "keep doing what helps".
    directionAdvice:
      direction === "steady" && (points.at(-1)?.stage ?? 0) >= 1
        ? pack.advice.steadyHard
        : pack.advice[ADVICE_KEYS[direction]],
    persistenceAdvice: persistence ? pack.advice.persistence : null,
    redFlagAdvice: redFlagCount > 0 ? pack.advice.redFlags : null,
  };
}
