/**
 * Fixed facts of the backup format, without zod, so the database layer and the first
 * screen can use them without loading the schemas.
 */
import {
  PERSONAL_TABLES,
  TABLES,
  tablesWith,
  type PersonalTable,
  type TablesWith,
} from "../tables";
import type { BackupData } from "./format";

export const BACKUP_TYPE = "healing-centred-wellbeing-backup";
/** The newest backup version this app writes and reads. Older ones are upgraded (upgrades.ts). */
export const BACKUP_VERSION = 3;
export const APP_NAME = "Healing Centred Wellbeing";
/** Largest file we read. Checked on the file's size before reading, and on the text before parsing. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Far more than anyone makes (20 check-ins a day for 13 years), small enough to refuse nonsense. */
export const MAX_RECORDS_PER_TABLE = 100_000;
/** A backup nests about 12 levels deep (a stored pack inside a table inside data). */
export const MAX_BACKUP_DEPTH = 40;

/** Every table a backup carries, in the order they are written and checked (src/domain/tables.ts). */
export const BACKUP_TABLES = tablesWith("inBackup");
export type BackupTable = PersonalTable;

/** Tables whose records carry `updatedAt` (merge: the newer copy wins). */
export const DATED_TABLES = tablesWith("dated");
export type DatedTable = TablesWith<"dated">;

/** The field each table's records are known by (its primary key in the database). */
export const PRIMARY_KEY = Object.fromEntries(
  PERSONAL_TABLES.map((table) => [table, TABLES[table].key]),
) as Record<BackupTable, "id" | "key">;

/** An empty data set with every table, e.g. for a fresh device. */
export function emptyBackupData(): BackupData {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupData;
}
