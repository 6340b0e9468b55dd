import type { CheckIn, DateRange } from "../domain/records";
import { getDb } from "./database";
import { CHECK_IN_DRAFT_ID } from "./drafts";
import { guard } from "./errors";
import { writePersonal } from "./write";

export type { DateRange };

/** Saves a finished check-in and removes its draft, in one transaction. */
export function saveCheckIn(checkIn: CheckIn): Promise<void> {
  return writePersonal(
    (db) => [db.checkIns, db.drafts],
    async () => {
      const db = getDb();
      await db.checkIns.put(checkIn);
      await db.drafts.delete(CHECK_IN_DRAFT_ID);
    },
  );
}

export function getCheckIn(id: string): Promise<CheckIn | null> {
  return guard(async () => (await getDb().checkIns.get(id)) ?? null);
}

/** Newest first, by the date index (no full scan). */
export function listCheckIns(range: DateRange = {}): Promise<CheckIn[]> {
  return guard(() => {
    const index = getDb().checkIns.where("createdAt");
    const query =
      range.from || range.to
        ? index.between(range.from ?? "", range.to ?? "\uffff", true, true)
        : index.above("");
    return query.reverse().toArray();
  });
}

/** How many check-ins are saved (Home offers the install guide after the second). */
export function countCheckIns(): Promise<number> {
  return guard(() => getDb().checkIns.count());
}

export function latestCheckIn(): Promise<CheckIn | null> {
  return guard(async () => (await getDb().checkIns.orderBy("createdAt").last()) ?? null);
}

export function updateCheckIn(
  id: string,
  changes: Partial<Pick<CheckIn, "note" | "bringToSupervision">>,
  now: Date = new Date(),
): Promise<void> {
  return writePersonal(
    (db) => [db.checkIns],
    async () => {
      await getDb().checkIns.update(id, { ...changes, updatedAt: now.toISOString() });
    },
  );
}

/** Deletes a check-in and returns it, so the person can undo for a few seconds. */
export function deleteCheckIn(id: string): Promise<CheckIn | null> {
  return writePersonal(
    (db) => [db.checkIns],
    async () => {
      const db = getDb();
      const existing = (await db.checkIns.get(id)) ?? null;
      await db.checkIns.delete(id);
      return existing;
    },
  );
}

export function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  return writePersonal(
    (db) => [db.checkIns],
    async () => {
      await getDb().checkIns.put(checkIn);
    },
  );
}
