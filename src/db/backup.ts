/**
 * Backup, restore and "delete all" against the database. The file format, checks and
 * merge rules are pure (src/domain/backup); this module only reads and writes, each
 * operation in ONE transaction over every table, so it lands whole or not at all.
 * Encryption happens outside these transactions (Dexie commits a transaction that
 * awaits anything else, such as crypto.subtle).
 */
import type { Table } from "dexie";
import { BACKUP_TABLES, emptyBackupData, type BackupTable } from "../domain/backup/constants";
import type { BackupData, BackupRecord } from "../domain/backup/format";
import {
  LAST_BACKUP_META_KEY,
  checkInDateRange,
  fileCopyWins,
  isDeviceOnly,
  isDeviceOnlyKey,
  mergeOutcome,
  primaryKeyOf,
  withoutDeviceOnly,
  type MergeOutcome,
} from "../domain/backup/merge";
import { datedTooLate, latestTrustedTime } from "../domain/backup/trusted-dates";
import { CURRENT_PLAN_ID } from "../domain/wellbeing-plan/parts";
import { unfinishedOf } from "../domain/tables";
import type { PracticeStory } from "../domain/organisation/schema";
import { mergeConsents } from "../domain/organisation/story-consent";
import { getDb, type WellbeingDb } from "./database";
import { guard } from "./errors";
import { writeMeta } from "./meta";
import { forgetPersistenceAnswer } from "./persistence";
import { forgetLock } from "./lock";
import { followStoredReminder } from "./reminder-notify";
import { keepCopyOfCurrentPlan } from "./wellbeing-plan";
import { writePersonal } from "./write";

export type RestoreMode = "merge" | "replace";

/** What restoring would do to one table. The first four add up to `inFile`. */
export interface TablePreview {
  /** Records in the file (device-only details left out). */
  inFile: number;
  /** Of those, the one still being filled in (a table's `unfinished` record): 0 or 1. */
  unfinished: number;
  /** Not on this device yet: added by merge and replace. */
  new: number;
  /** Here already, and the file's copy wins a merge (newer, or a setting that differs). */
  updated: number;
  /** Here already and exactly the same. */
  unchanged: number;
  /** Here already, and the copy here wins a merge (it is newer, or it is a saved pack). */
  keptHere: number;
  /** Only on this device: kept by merge, removed by replace. */
  onlyHere: number;
  /** In the file but dated after it was saved (or after now): left out, never written. */
  tooLate: number;
  /** Records here that a merge would replace with the file's copy (the `updated` ones). */
  replaced: ReplacedRecord[];
}

/** A record on this device that a merge would overwrite, with the dates a person knows it by. */
export interface ReplacedRecord {
  key: string;
  /** When it was first made, for records that have that date. */
  createdAt?: string;
  /** When the copy here and the file's copy were last changed, for records that say. */
  hereChanged?: string;
  fileChanged?: string;
}

export interface RestorePreview {
  tables: Record<BackupTable, TablePreview>;
  /** First and last check-in in the file, or null when it has none. */
  checkIns: { from: string; to: string } | null;
  /** Details about the device the file was saved on (its lock, for one): left out. */
  deviceDetails: number;
}

/** Which dates a file's records may carry: see src/domain/backup/trusted-dates.ts. */
export interface RestoreDates {
  /** When the file says it was saved. */
  exportedAt?: string;
  now?: Date;
}

export interface RestoreResult {
  mode: RestoreMode;
  tables: Record<BackupTable, { written: number; removed: number }>;
}

function tableOf<T extends BackupTable>(db: WellbeingDb, name: T): Table<BackupRecord<T>, string> {
  return db[name] as unknown as Table<BackupRecord<T>, string>;
}

function allTables(db: WellbeingDb): Table[] {
  return BACKUP_TABLES.map((name) => db[name] as unknown as Table);
}

/** A table's records in the file, apart from details about the device it was saved on. */
function personalIn<T extends BackupTable>(data: BackupData, name: T): BackupRecord<T>[] {
  const records = data[name] as BackupRecord<T>[];
  return records.filter((record) => !isDeviceOnly(name, record));
}

/** Records of one table that a restore writes: personal ones with dates that can be true. */
function incomingOf<T extends BackupTable>(
  data: BackupData,
  name: T,
  limit: number,
): BackupRecord<T>[] {
  return personalIn(data, name).filter((record) => !datedTooLate(name, record, limit));
}

function limitFor(dates: RestoreDates): number {
  return latestTrustedTime(dates.exportedAt, dates.now ?? new Date());
}

/** Every record of every table, read in one transaction so the copy is consistent. */
export function exportAllData(): Promise<BackupData> {
  const db = getDb();
  return guard(() =>
    db.transaction("r", allTables(db), async () => {
      const data: Record<BackupTable, unknown[]> = emptyBackupData();
      for (const name of BACKUP_TABLES) data[name] = await tableOf(db, name).toArray();
      return withoutDeviceOnly(data as BackupData);
    }),
  );
}

async function outcomesFor<T extends BackupTable>(
  db: WellbeingDb,
  name: T,
  incoming: BackupRecord<T>[],
): Promise<MergeOutcome[]> {
  const keys = incoming.map((record) => primaryKeyOf(name, record));
  const existing = await tableOf(db, name).bulkGet(keys);
  return incoming.map((record, index) => mergeOutcome(name, record, existing[index]));
}

/** Keys of the records on the device, apart from details about the device itself. */
async function personalKeysHere(db: WellbeingDb, name: BackupTable): Promise<string[]> {
  const keys = (await tableOf(db, name).toCollection().primaryKeys()) as string[];
  return keys.filter((key) => !isDeviceOnlyKey(name, key));
}

/**
 * Keys on the device that the file does not have. A record the file has but that is
 * left out for its date still counts as in the file: replace keeps the copy here.
 */
async function onlyHereKeys(db: WellbeingDb, name: BackupTable, data: BackupData) {
  const inFile = new Set(personalIn(data, name).map((record) => primaryKeyOf(name, record)));
  return (await personalKeysHere(db, name)).filter((key) => !inFile.has(key));
}

function replacedRecord(incoming: object, existing: object | undefined, key: string) {
  const file = incoming as Record<string, unknown>;
  const here = (existing ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const record: ReplacedRecord = { key };
  const createdAt = text(here.createdAt);
  const hereChanged = text(here.updatedAt);
  const fileChanged = text(file.updatedAt);
  if (createdAt) record.createdAt = createdAt;
  if (hereChanged) record.hereChanged = hereChanged;
  if (fileChanged) record.fileChanged = fileChanged;
  return record;
}

async function previewTable<T extends BackupTable>(
  db: WellbeingDb,
  name: T,
  data: BackupData,
  limit: number,
): Promise<TablePreview> {
  const incoming = incomingOf(data, name, limit);
  const keys = incoming.map((record) => primaryKeyOf(name, record));
  const existing = await tableOf(db, name).bulkGet(keys);
  const outcomes = incoming.map((record, index) => mergeOutcome(name, record, existing[index]));
  const count = (outcome: MergeOutcome) => outcomes.filter((o) => o === outcome).length;
  const unfinishedKey = unfinishedOf(name)?.key;
  return {
    inFile: incoming.length,
    unfinished: keys.filter((key) => key === unfinishedKey).length,
    new: count("new"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    keptHere: count("keptHere"),
    onlyHere: (await onlyHereKeys(db, name, data)).length,
    tooLate: personalIn(data, name).length - incoming.length,
    replaced: incoming.flatMap((record, index) =>
      outcomes[index] === "updated" ? [replacedRecord(record, existing[index], keys[index]!)] : [],
    ),
  };
}

/** Counts what a restore would do, table by table. Reads only. */
export function previewRestore(
  data: BackupData,
  dates: RestoreDates = {},
): Promise<RestorePreview> {
  const db = getDb();
  const limit = limitFor(dates);
  return guard(() =>
    db.transaction("r", allTables(db), async () => {
      const tables = {} as Record<BackupTable, TablePreview>;
      for (const name of BACKUP_TABLES) tables[name] = await previewTable(db, name, data, limit);
      const deviceDetails = data.meta.length - personalIn(data, "meta").length;
      return { tables, checkIns: checkInDateRange(data), deviceDetails };
    }),
  );
}

/**
 * A story's consent history is never rolled back by a restore: each incoming story takes
 * every consent entry this device holds for it as well, and the device's own copy takes
 * the file's, so a "taken back" on either side still stands whichever copy is kept.
 */
async function keepConsentHistory(
  db: ReturnType<typeof getDb>,
  incoming: PracticeStory[],
): Promise<void> {
  for (const story of incoming) {
    const here = await db.practiceStories.get(story.id);
    if (!here) continue;
    const consents = mergeConsents(here.consents, story.consents);
    story.consents = consents;
    if (consents.length > here.consents.length) {
      await db.practiceStories.put({ ...here, consents });
    }
  }
}

/**
 * Restores checked data (from readBackup) in one read-write transaction: every table
 * changes, or none does. Merge: by id or key, with the rules in src/domain/backup/merge.ts.
 * Replace: the device ends up holding exactly the file's records, apart from details
 * about this device itself (see src/domain/backup/meta-keys.ts), which are kept.
 * Either way, details about the device the file came from (its lock) and records dated
 * after the file was saved are left out: the device keeps its own copies of those.
 */
export function applyRestore(
  data: BackupData,
  mode: RestoreMode,
  dates: RestoreDates = {},
): Promise<RestoreResult> {
  const limit = limitFor(dates);
  return writePersonal(allTables, async () => {
    const db = getDb();
    const tables = {} as RestoreResult["tables"];
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      const incoming = incomingOf(data, name, limit);
      if (name === "practiceStories") await keepConsentHistory(db, incoming as PracticeStory[]);
      if (mode === "replace") {
        const here = await personalKeysHere(db, name);
        const inFile = new Set(personalIn(data, name).map((record) => primaryKeyOf(name, record)));
        const leaving = here.filter((key) => !inFile.has(key));
        // Clearing a whole table is far quicker than deleting key by key.
        if (leaving.length === (await table.count())) await table.clear();
        else await table.bulkDelete(leaving);
        await table.bulkPut(incoming);
        tables[name] = { written: incoming.length, removed: leaving.length };
      } else {
        const outcomes = await outcomesFor(db, name, incoming);
        const winners = incoming.filter((_, index) => fileCopyWins(outcomes[index]!));
        // A newer plan from the file: this device's plan is kept as a copy first.
        if (
          name === "wellbeingPlans" &&
          winners.some((plan) => "id" in plan && plan.id === CURRENT_PLAN_ID)
        )
          await keepCopyOfCurrentPlan(db, new Date());
        await table.bulkPut(winners);
        tables[name] = { written: winners.length, removed: 0 };
      }
    }
    // This device's reminder notifications follow the reminder the restore left here.
    await followStoredReminder();
    return { mode, tables };
  });
}

/**
 * Clears every table in one transaction. Afterwards nothing personal is left in
 * IndexedDB; the next save asks the browser about keeping data afresh.
 * (localStorage and caches are not the database's: the caller clears those.)
 */
export async function deleteAllData(): Promise<void> {
  const db = getDb();
  // Not writePersonal: that would ask about persistence and write the answer straight back.
  await guard(() =>
    db.transaction("rw", allTables(db), async () => {
      for (const table of allTables(db)) await table.clear();
    }),
  );
  forgetPersistenceAnswer();
  forgetLock();
}

/** Records that a backup file was saved (call it once the file is written or shared). */
export function markBackedUp(now: Date = new Date()): Promise<void> {
  return writeMeta(LAST_BACKUP_META_KEY, now.toISOString());
}
