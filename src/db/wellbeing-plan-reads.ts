/**
 * Reading "My wellbeing plan". Apart from the writes, so Home's review reminder loads
 * only this.
 */
import type { WellbeingPlan } from "../domain/records";
import { CURRENT_PLAN_ID } from "../domain/wellbeing-plan/parts";
import { newestFirst } from "../domain/wellbeing-plan/versions";
import { getDb } from "./database";
import { guard } from "./errors";

export function readWellbeingPlan(): Promise<WellbeingPlan | null> {
  return guard(async () => (await getDb().wellbeingPlans.get(CURRENT_PLAN_ID)) ?? null);
}

/** Saved copies, newest first. */
export function listPlanVersions(): Promise<WellbeingPlan[]> {
  return guard(async () =>
    newestFirst(
      await getDb()
        .wellbeingPlans.filter((plan) => plan.kind === "version")
        .toArray(),
    ),
  );
}
