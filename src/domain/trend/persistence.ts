/**
 * Whether a hard stage has lasted long enough that the advice should change: about
 * four weeks at the second stage or harder, or half that at the third stage or
 * harder, because the harder it is the sooner support matters. Rule: docs/scoring.md.
 */
import type { TrendPoint } from "./assess";

/** The second stage (index 1): lasting this long at it or harder changes the advice. */
export const PRESSURE_STAGE = 1;
/** The third stage (index 2): here, half the time is enough. */
export const HARD_STAGE = 2;

export type Persistence = {
  /** The stage the run stayed at or above. */
  stageIndex: number;
  /** Days from the first to the last check-in of the run. */
  days: number;
};

/**
 * Days spanned by the latest run of check-ins that all stayed at `floor` or harder,
 * ending with the latest check-in; 0 when the latest is lighter than `floor`.
 * Points are oldest first. Since `floor` is at least the second stage, a check-in at
 * the first stage always ends the run.
 */
export function runSpan(points: readonly TrendPoint[], floor: number): number {
  const latest = points.at(-1);
  if (!latest || latest.stage < floor) return 0;
  let start = latest.day;
  for (let i = points.length - 2; i >= 0; i -= 1) {
    const point = points[i];
    if (!point || point.stage < floor) break;
    start = point.day;
  }
  return latest.day - start;
}

/**
 * The persistence signal for `days` (the pack's persistenceDays), or null. When both
 * rules trigger, the third-stage run is the one named: it is the more pressing fact.
 */
export function persistenceOf(points: readonly TrendPoint[], days: number): Persistence | null {
  const hard = runSpan(points, HARD_STAGE);
  if (hard >= Math.ceil(days / 2)) return { stageIndex: HARD_STAGE, days: hard };
  const pressed = runSpan(points, PRESSURE_STAGE);
  if (pressed >= days) return { stageIndex: PRESSURE_STAGE, days: pressed };
  return null;
}
