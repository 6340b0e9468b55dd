import type { PlanAction } from "../domain/records";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

/** Adds a tip to "my plan". Adding the same tip twice keeps one active action. */
export function addToPlan(
  action: Omit<PlanAction, "createdAt" | "updatedAt" | "status">,
  now: Date = new Date(),
): Promise<void> {
  return writePersonal(
    (db) => [db.planActions],
    async () => {
      const db = getDb();
      const duplicate = await db.planActions
        .filter((existing) => existing.tipId === action.tipId && existing.status === "active")
        .first();
      if (duplicate) return;
      const stamp = now.toISOString();
      await db.planActions.put({ ...action, status: "active", createdAt: stamp, updatedAt: stamp });
    },
  );
}

export function setPlanStatus(
  id: string,
  status: PlanAction["status"],
  now: Date = new Date(),
): Promise<void> {
  const stamp = now.toISOString();
  return writePersonal(
    (db) => [db.planActions],
    async () => {
      await getDb().planActions.update(id, {
        status,
        updatedAt: stamp,
        doneAt: status === "done" ? stamp : undefined,
      });
    },
  );
}

export function listPlan(): Promise<PlanAction[]> {
  return guard(() => getDb().planActions.orderBy("createdAt").toArray());
}

/** Actions marked done after `since` (the previous check-in), for "what you tried". */
export function actionsDoneSince(since: string | undefined): Promise<PlanAction[]> {
  return guard(() =>
    getDb()
      .planActions.filter(
        (action) =>
          action.status === "done" && !!action.doneAt && (!since || action.doneAt > since),
      )
      .toArray(),
  );
}
