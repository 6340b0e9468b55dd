/**
 * Dates a backup file may honestly carry. A record cannot have been changed after its
 * file was saved, nor after now: one that says so (a wrong clock, or an edited file)
 * would win every merge for ever, so it is left out of a restore and the preview says
 * so. The file's own "saved" time is trusted only up to now, too.
 */
import { DATED_TABLES, type BackupTable } from "./constants";
import type { BackupRecord } from "./format";
import { LAST_BACKUP_META_KEY } from "./meta-keys";

/** Room for small clock differences between the device that saved and this one. */
export const DATE_TOLERANCE_MS = 10 * 60_000;

/** The latest time a record in a file saved at `exportedAt` may carry (ms since 1970). */
export function latestTrustedTime(exportedAt: string | undefined, now: Date): number {
  const saved = exportedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(exportedAt);
  return Math.min(Number.isNaN(saved) ? now.getTime() : saved, now.getTime()) + DATE_TOLERANCE_MS;
}

const isDated = (table: BackupTable) => (DATED_TABLES as readonly string[]).includes(table);

/** The times that decide which copy wins a merge, and where a record sorts. */
function decidingTimes<T extends BackupTable>(table: T, record: BackupRecord<T>): unknown[] {
  const fields = record as Record<string, unknown>;
  if (isDated(table)) return [fields.createdAt, fields.updatedAt];
  if (table === "meta" && fields.key === LAST_BACKUP_META_KEY) return [fields.value];
  return [];
}

/** True when the record claims a time later than `limit` (from latestTrustedTime). */
export function datedTooLate<T extends BackupTable>(
  table: T,
  record: BackupRecord<T>,
  limit: number,
): boolean {
  return decidingTimes(table, record).some(
    (value) => typeof value === "string" && Date.parse(value) > limit,
  );
}
