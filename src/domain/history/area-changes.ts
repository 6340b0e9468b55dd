/**
 * Which parts of life changed over a set of check-ins: for each area, the average
 * stage of the earlier half of the check-ins that scored it, against the later half.
 * A move of half a stage or more counts as a change; less is "about the same".
 */
import type { SeriesSource } from "./series";

export type AreaDirection = "harder" | "easier" | "same";

export interface AreaChange {
  domainId: string;
  /** Average stage (0 first to 3 last, one decimal) of the earlier and later halves. */
  earlier: number;
  later: number;
  direction: AreaDirection;
  /** How many check-ins scored this area. */
  count: number;
}

/** Half a stage: less than this is "about the same". */
export const CHANGE_THRESHOLD = 0.5;

const order: Record<AreaDirection, number> = { harder: 0, easier: 1, same: 2 };

function average(values: readonly number[]): number {
  const total = values.reduce((sum, value) => sum + value, 0);
  return Math.round((total / values.length) * 10) / 10;
}

/**
 * One entry per area that at least two check-ins scored, harder ones first, then
 * easier, then the same; within each, in the order the areas were given. With an odd
 * number of check-ins the middle one belongs to neither half.
 */
export function areaChanges(
  checkIns: readonly SeriesSource[],
  domainIds: readonly string[],
): AreaChange[] {
  const sorted = [...checkIns].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const changes: AreaChange[] = [];
  for (const domainId of domainIds) {
    const stages: number[] = [];
    for (const checkIn of sorted) {
      const stage = checkIn.result.domains.find((d) => d.domainId === domainId)?.stageIndex;
      if (stage !== null && stage !== undefined) stages.push(stage);
    }
    if (stages.length < 2) continue;
    const half = Math.floor(stages.length / 2);
    const earlier = average(stages.slice(0, half));
    const later = average(stages.slice(stages.length - half));
    const moved = later - earlier;
    const direction: AreaDirection =
      moved >= CHANGE_THRESHOLD ? "harder" : moved <= -CHANGE_THRESHOLD ? "easier" : "same";
    changes.push({ domainId, earlier, later, direction, count: stages.length });
  }
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => order[a.change.direction] - order[b.change.direction] || a.index - b.index)
    .map(({ change }) => change);
}
