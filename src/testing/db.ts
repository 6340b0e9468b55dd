import Dexie from "dexie";
import { DB_NAME, PERSONAL_TABLES, forgetDbForTests, getDb } from "../db/database";
import type { BackupData } from "../domain/backup";
import type { Meta } from "../domain/records";
import { setNewerCopyFound } from "../db/newer-copy";
import { forgetPersistenceAnswer } from "../db/persistence";
import { defineSchema } from "../db/schema";

/** Closes the app's connection and deletes the database, so each test starts empty. */
export async function resetDb(): Promise<void> {
  forgetDbForTests();
  forgetPersistenceAnswer();
  setNewerCopyFound(false);
  await Dexie.delete(DB_NAME);
}

/**
 * Opens the database as an older release of the app would have (schema up to `version`),
 * so a test can seed it, close it, then open it with the current code.
 */
export async function openAtVersion(version: number, name: string = DB_NAME): Promise<Dexie> {
  const db = new Dexie(name);
  defineSchema(db, version);
  await db.open();
  return db;
}

/** A device-only record: never backed up, so restore tests check it is left alone. */
export const DEVICE_ONLY_META: Meta = { key: "storagePersistence", value: "granted" };

/** Writes every table of a backup's data straight in, plus extra meta rows. */
export async function seedTables(
  data: BackupData,
  extraMeta: Meta[] = [DEVICE_ONLY_META],
): Promise<void> {
  const db = getDb();
  await db.transaction(
    "rw",
    PERSONAL_TABLES.map((name) => db[name]),
    async () => {
      for (const name of PERSONAL_TABLES) await db.table(name).bulkPut(data[name]);
      await db.meta.bulkPut(extraMeta);
    },
  );
}

/** Every table, in key order: what "the database is exactly as it was" compares. */
export async function snapshotTables(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const name of PERSONAL_TABLES) out[name] = await db.table(name).toArray();
  return out;
}
