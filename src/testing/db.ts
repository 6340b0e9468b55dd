import Dexie from "dexie";
import { DB_NAME, forgetDbForTests } from "../db/database";
import { forgetPersistenceAnswer } from "../db/persistence";
import { defineSchema } from "../db/schema";

/** Closes the app's connection and deletes the database, so each test starts empty. */
export async function resetDb(): Promise<void> {
  forgetDbForTests();
  forgetPersistenceAnswer();
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
