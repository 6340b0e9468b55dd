/**
 * Which app details (`meta` rows) belong to the person and travel in a backup. Everything
 * else in `meta` describes this device: the lock's key box and wrong-try count, the
 * browser's answer about keeping data, this phone's reminder wake-ups, whether the lock
 * was offered here. Those are never written into a backup, and a file that holds them
 * (an older backup, or one made by hand) has them left out on restore, so a file can
 * never replace this device's lock or its waits.
 *
 * A list of what may travel, not of what may not: a detail added later stays on its
 * device until someone decides it should travel.
 */

/** When the last backup was saved (src/db/backup.ts). */
export const LAST_BACKUP_META_KEY = "lastBackupAt";
/** The welcome on Home was read. */
export const WELCOME_META_KEY = "welcomeSeen";
/** Home's backup reminder is quiet until this time. */
export const BACKUP_QUIET_META_KEY = "backupReminderQuietUntil";
/** The content pack the person chose (src/db/packs.ts). */
export const ACTIVE_PACK_META_KEY = "activePack";

/** Where the person works (src/domain/help/regions.ts): help for that part of the UK first. */
export const REGION_META_KEY = "region";

export const BACKED_UP_META_KEYS: ReadonlySet<string> = new Set([
  REGION_META_KEY,
  LAST_BACKUP_META_KEY,
  WELCOME_META_KEY,
  BACKUP_QUIET_META_KEY,
  ACTIVE_PACK_META_KEY,
]);
