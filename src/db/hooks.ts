import { useLiveQuery } from "dexie-react-hooks";
import type { CheckIn, Draft, PlanAction } from "../domain/records";
import { getCheckIn, latestCheckIn, listCheckIns, type DateRange } from "./checkIns";
import { readDraft } from "./drafts";
import { readMeta } from "./meta";
import { listPlan } from "./plan";

/**
 * Live views of the database for screens. Each returns undefined while loading and
 * null (or an empty list) when there is nothing, so a screen can tell the two apart.
 */
export function useLatestCheckIn(): CheckIn | null | undefined {
  return useLiveQuery(() => latestCheckIn(), []);
}

export function useCheckIn(id: string): CheckIn | null | undefined {
  return useLiveQuery(() => getCheckIn(id), [id]);
}

export function useCheckIns(range: DateRange): CheckIn[] | undefined {
  return useLiveQuery(() => listCheckIns(range), [range.from, range.to]);
}

export function useDraft(): Draft | null | undefined {
  return useLiveQuery(() => readDraft(), []);
}

export function usePlan(): PlanAction[] | undefined {
  return useLiveQuery(() => listPlan(), []);
}

export function useMeta<T>(key: string): T | null | undefined {
  return useLiveQuery(async () => (await readMeta<T>(key)) ?? null, [key]);
}
