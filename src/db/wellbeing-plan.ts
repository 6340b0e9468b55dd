/**
 * "My wellbeing plan": the plan being written (one record, saved as the person types)
 * and the copies they chose to keep. Every write goes through writePersonal, so the
 * lock seals it like any other personal record.
 */
import type { PlanParts, WellbeingPlan } from "../domain/records";
import { CURRENT_PLAN_ID, type PlanPartId } from "../domain/wellbeing-plan/parts";
import { isWorthSaving, newestFirst } from "../domain/wellbeing-plan/versions";
import { getDb, type WellbeingDb } from "./database";
import { writePersonal } from "./write";

/** Changes the plan being written, making it on the first change. */
function changePlan(change: (plan: WellbeingPlan) => WellbeingPlan, now: Date): Promise<void> {
  return writePersonal(
    (db) => [db.wellbeingPlans],
    async () => {
      const db = getDb();
      const stamp = now.toISOString();
      const current: WellbeingPlan = (await db.wellbeingPlans.get(CURRENT_PLAN_ID)) ?? {
        id: CURRENT_PLAN_ID,
        createdAt: stamp,
        updatedAt: stamp,
        kind: "current",
        parts: {},
      };
      await db.wellbeingPlans.put({ ...change(current), updatedAt: stamp });
    },
  );
}

/** Saves one part's words (blank words remove the part). */
export function savePlanPart(
  part: PlanPartId,
  text: string,
  now: Date = new Date(),
): Promise<void> {
  return changePlan((plan) => {
    const parts: PlanParts = { ...plan.parts };
    if (text.trim()) parts[part] = text;
    else delete parts[part];
    return { ...plan, parts };
  }, now);
}

/** Sets or clears the review date (YYYY-MM-DD). */
export function setPlanReviewDate(reviewOn: string | null, now: Date = new Date()): Promise<void> {
  return changePlan((plan) => {
    const { reviewOn: _previous, ...rest } = plan;
    return reviewOn ? { ...rest, reviewOn } : rest;
  }, now);
}

/**
 * Keeps a copy of the plan as it is now, unless it is the same as the last copy kept.
 * Returns whether a copy was made.
 */
export function savePlanVersion(now: Date = new Date()): Promise<boolean> {
  return writePersonal(
    (db) => [db.wellbeingPlans],
    () => keepCopyOfCurrentPlan(getDb(), now),
  );
}

/**
 * Inside a transaction that writes wellbeingPlans: keeps a copy of the plan as it is
 * now, unless it is empty or the same as the last copy kept. A restore that merges in
 * a newer plan calls it first, so this device's words are never simply overwritten.
 */
export async function keepCopyOfCurrentPlan(db: WellbeingDb, now: Date): Promise<boolean> {
  const current = await db.wellbeingPlans.get(CURRENT_PLAN_ID);
  if (!current) return false;
  const versions = newestFirst(
    await db.wellbeingPlans.filter((plan) => plan.kind === "version").toArray(),
  );
  if (!isWorthSaving(current, versions[0] ?? null)) return false;
  const stamp = now.toISOString();
  await db.wellbeingPlans.put({
    ...current,
    id: crypto.randomUUID(),
    kind: "version",
    createdAt: stamp,
    updatedAt: stamp,
  });
  return true;
}
