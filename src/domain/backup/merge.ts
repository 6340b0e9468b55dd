/**
 * Which copy wins when a backup is merged into what is already on the device. Pure,
 * so the preview and the restore use the same rule and tests can prove it directly.
 *
 * - Records with `updatedAt`: the later time wins. A tie keeps the device's copy.
 * - Settings and app details (meta): the file's copy wins; the person chose to restore
 *   it, so their saved preferences come back.
 * - Last backup time (meta): the later of the two is kept.
 * - Saved content packs: the device's copy is kept. A pack's key is its id and version,
 *   and a pack version never changes, so the copy here is the one its check-ins used.
 * - Device-only details (every meta row not in BACKED_UP_META_KEYS: the lock's key box
 *   and wrong tries, whether this browser agreed to keep data, reminder wake-ups) are
 *   never backed up nor restored: they describe this device, not the person's records.
 */
import { DATED_TABLES, PRIMARY_KEY, type BackupTable } from "./constants";
import type { BackupData, BackupRecord } from "./format";
import { BACKED_UP_META_KEYS, LAST_BACKUP_META_KEY } from "./meta-keys";

export type MergeOutcome = "new" | "updated" | "unchanged" | "keptHere";

export { LAST_BACKUP_META_KEY };

const isDated = (table: BackupTable) => (DATED_TABLES as readonly string[]).includes(table);

/** The record's id or key, whichever its table is known by. */
export function primaryKeyOf<T extends BackupTable>(table: T, record: BackupRecord<T>): string {
  return String((record as Record<string, unknown>)[PRIMARY_KEY[table]]);
}

export function isDeviceOnlyKey(table: BackupTable, key: string): boolean {
  return table === "meta" && !BACKED_UP_META_KEYS.has(key);
}

export function isDeviceOnly<T extends BackupTable>(table: T, record: BackupRecord<T>): boolean {
  return isDeviceOnlyKey(table, primaryKeyOf(table, record));
}

/** JSON with sorted keys: two records are the same when this text is. Missing and undefined fields count as equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort())
      sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Milliseconds for an ISO time; times with different offsets compare correctly. */
function time(value: unknown): number {
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}

function byTime(incoming: unknown, existing: unknown): MergeOutcome {
  const a = time(incoming);
  const b = time(existing);
  if (Number.isNaN(a)) return "keptHere";
  if (Number.isNaN(b) || a > b) return "updated";
  return a < b ? "keptHere" : "unchanged";
}

/** What merging `incoming` does, given the device's record with the same id or key (if any). */
export function mergeOutcome<T extends BackupTable>(
  table: T,
  incoming: BackupRecord<T>,
  existing: BackupRecord<T> | undefined,
): MergeOutcome {
  if (existing === undefined) return "new";
  if (sameRecord(incoming, existing)) return "unchanged";
  if (isDated(table)) {
    const outcome = byTime(
      (incoming as { updatedAt: string }).updatedAt,
      (existing as { updatedAt: string }).updatedAt,
    );
    // Same time but different content: keep the device's copy rather than guess.
    return outcome === "unchanged" ? "keptHere" : outcome;
  }
  if (table === "contentPacks") return "keptHere";
  if (table === "meta" && primaryKeyOf(table, incoming) === LAST_BACKUP_META_KEY) {
    const outcome = byTime(
      (incoming as { value: unknown }).value,
      (existing as { value: unknown }).value,
    );
    return outcome === "unchanged" ? "keptHere" : outcome;
  }
  return "updated";
}

/** True when merging writes the file's copy. */
export function fileCopyWins(outcome: MergeOutcome): boolean {
  return outcome === "new" || outcome === "updated";
}

/** The data without device-only records (what a backup carries and a restore writes). */
export function withoutDeviceOnly(data: BackupData): BackupData {
  return { ...data, meta: data.meta.filter((record) => !isDeviceOnly("meta", record)) };
}

/** First and last check-in times in the data, or null when there are none. */
export function checkInDateRange(
  data: Pick<BackupData, "checkIns">,
): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const { createdAt } of data.checkIns) {
    if (from === null || Date.parse(createdAt) < Date.parse(from)) from = createdAt;
    if (to === null || Date.parse(createdAt) > Date.parse(to)) to = createdAt;
  }
  return from === null || to === null ? null : { from, to };
}
