import type { Dexie, Transaction } from "dexie";

/**
 * Every version of the database schema, oldest first. Append only: never edit an
 * entry once it has shipped (schema.test.ts fails if you do). Each version's date and
 * reason are in schema-notes.ts, kept out of the first download. A new version
 * restates every table's indexes and may carry an idempotent `upgrade`.
 * Only ids and timestamps are indexed, so they are all that would stay readable
 * if records are encrypted later.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
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
  {
    version: 3,
    stores: {
      checkIns: "id, createdAt, updatedAt",
      drafts: "id, updatedAt",
      planActions: "id, createdAt, updatedAt",
      peerCheckIns: "id, createdAt, updatedAt, followUpOn",
      supervisionPreps: "id, createdAt, updatedAt",
      wellbeingPlans: "id, createdAt, updatedAt",
      teamReflections: "id, createdAt, updatedAt",
      pledges: "id, createdAt, updatedAt",
      orgActions: "id, createdAt, updatedAt",
      practiceStories: "id, createdAt, updatedAt",
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
