/**
 * Key actions for the next twelve months, with their progress updates. Every write goes
 * through writePersonal, so the lock seals it.
 */
import type { OrgAction, ProgressUpdate } from "../domain/organisation/schema";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export type OrgActionInput = Omit<OrgAction, "id" | "createdAt" | "updatedAt" | "progress">;

export function addOrgAction(input: OrgActionInput, now: Date = new Date()): Promise<string> {
  return writePersonal(
    (db) => [db.orgActions],
    async () => {
      const id = crypto.randomUUID();
      const stamp = now.toISOString();
      await getDb().orgActions.put({
        ...input,
        progress: [],
        id,
        createdAt: stamp,
        updatedAt: stamp,
      });
      return id;
    },
  );
}

/** Changes an action; a missing one (deleted in another tab) is left alone. */
export function changeOrgAction(
  id: string,
  change: (action: OrgAction) => OrgAction,
  now: Date = new Date(),
): Promise<void> {
  return writePersonal(
    (db) => [db.orgActions],
    async () => {
      const db = getDb();
      const action = await db.orgActions.get(id);
      if (!action) return;
      await db.orgActions.put({ ...change(action), id, updatedAt: now.toISOString() });
    },
  );
}

export function addProgress(
  id: string,
  update: Omit<ProgressUpdate, "id">,
  now: Date = new Date(),
): Promise<void> {
  return changeOrgAction(
    id,
    (action) => ({
      ...action,
      progress: [...action.progress, { ...update, id: crypto.randomUUID() }],
    }),
    now,
  );
}

export function deleteOrgAction(id: string): Promise<void> {
  return writePersonal(
    (db) => [db.orgActions],
    () => getDb().orgActions.delete(id),
  );
}

/** Every action, oldest first (the order they were added). */
export function listOrgActions(): Promise<OrgAction[]> {
  return guard(() => getDb().orgActions.orderBy("createdAt").toArray());
}
