/**
 * Pledges: each save is a new row, so every version is kept; the newest is the current
 * pledge. Every write goes through writePersonal, so the lock seals it.
 */
import type { Pledge } from "../domain/organisation/schema";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export type PledgeInput = Omit<Pledge, "id" | "createdAt" | "updatedAt">;

/** Saves a new version of the pledge and returns its id. */
export function savePledge(input: PledgeInput, now: Date = new Date()): Promise<string> {
  return writePersonal(
    (db) => [db.pledges],
    async () => {
      const id = crypto.randomUUID();
      const stamp = now.toISOString();
      await getDb().pledges.put({ ...input, id, createdAt: stamp, updatedAt: stamp });
      return id;
    },
  );
}

/** Every saved version, newest (the current pledge) first. */
export function listPledges(): Promise<Pledge[]> {
  return guard(async () => await getDb().pledges.orderBy("createdAt").reverse().toArray());
}

export function deletePledge(id: string): Promise<void> {
  return writePersonal(
    (db) => [db.pledges],
    () => getDb().pledges.delete(id),
  );
}
