import { useLiveQuery } from "dexie-react-hooks";
import type { WellbeingPlan } from "../domain/records";
import { listPlanVersions, readWellbeingPlan } from "./wellbeing-plan-reads";

/** The plan being written: undefined while loading, null before the first word. */
export function useWellbeingPlan(): WellbeingPlan | null | undefined {
  return useLiveQuery(() => readWellbeingPlan(), []);
}

export function usePlanVersions(): WellbeingPlan[] | undefined {
  return useLiveQuery(() => listPlanVersions(), []);
}
