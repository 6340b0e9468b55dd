import type { Table } from "dexie";
import { getDb } from "./database";
import { guard } from "./errors";
import { askPersistenceOnce } from "./persistence";

/**
 * Every write of a personal record goes through here: one transaction, so a write
 * lands whole or not at all, and failures become a StorageProblem with a kind message.
 * After the first successful write the browser is asked (once) to keep the data.
 */
export async function writePersonal<T>(
  tables: (db: ReturnType<typeof getDb>) => Table[],
  work: () => Promise<T>,
): Promise<T> {
  const db = getDb();
  const result = await guard(() => db.transaction("rw", tables(db), work));
  void askPersistenceOnce().catch(() => undefined);
  return result;
}
