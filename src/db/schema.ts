import type { Dexie, Transaction } from "dexie";

/**
 * Every version of the database schema, oldest first. Append only: never edit an
 * entry once it has shipped (schema.test.ts fails if you do). A new version
 * restates every table's indexes and may carry an idempotent `upgrade`.
 * Only ids and timestamps are indexed, so they are all that would stay readable
 * if records are encrypted later.
 */
export interface SchemaVersion {
  version: number;
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    date: "2026-11-23",
    why: "First schema: check-ins, drafts, plan actions, peer check-ins, supervision preps, settings, content packs, meta.",
    stores: {
      checkIns: "id, createdAt, updatedAt",
      drafts: "id, updatedAt",
      planActions: "id, createdAt, updatedAt",
      peerCheckIns: "id, createdAt, updatedAt, followUpOn",
      supervisionPreps: "id, createdAt, updatedAt",
      settings: "key",
      contentPacks: "key, id",
      meta: "key",
    },
  },
  {
    version: 2,
    date: "2026-12-06",
    why: "My wellbeing plan: a new table for the plan in the person's own words and its saved versions. Nothing else changes.",
    stores: {
      checkIns: "id, createdAt, updatedAt",
      drafts: "id, updatedAt",
      planActions: "id, createdAt, updatedAt",
      peerCheckIns: "id, createdAt, updatedAt, followUpOn",
      supervisionPreps: "id, createdAt, updatedAt",
      wellbeingPlans: "id, createdAt, updatedAt",
      settings: "key",
      contentPacks: "key, id",
      meta: "key",
    },
  },
];

export const LATEST_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Declares the schema on a Dexie instance, up to `upTo` (the migration tests open older ones). */
export function defineSchema(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const entry of SCHEMA_HISTORY) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}
