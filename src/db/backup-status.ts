/**
 * Is there history newer than the last backup? Read by Home's gentle backup note (and
 * its tests). Kept apart from backup.ts so Home does not load the restore code.
 */
import type { Table } from "dexie";
import { DATED_TABLES } from "../domain/backup/constants";
import { LAST_BACKUP_META_KEY } from "../domain/backup/merge";
import { getDb } from "./database";
import { guard } from "./errors";

export interface BackupStatus {
  /** When a backup was last saved, or null if never. */
  lastBackupAt: string | null;
  /** The latest change to a saved record (not counting unfinished drafts), or null if none. */
  lastChangeAt: string | null;
}

export function readBackupStatus(): Promise<BackupStatus> {
  const db = getDb();
  const dated = DATED_TABLES.filter((name) => name !== "drafts");
  const tables = dated.map((name) => db[name] as unknown as Table<{ updatedAt: string }>);
  return guard(() =>
    db.transaction("r", [db.meta, ...tables], async () => {
      const stamp = (await db.meta.get(LAST_BACKUP_META_KEY))?.value;
      const lastBackupAt = typeof stamp === "string" ? stamp : null;
      let lastChangeAt: string | null = null;
      for (const table of tables) {
        // The updatedAt index gives the newest record without a full scan.
        const newest = await table.orderBy("updatedAt").last();
        if (
          newest &&
          (lastChangeAt === null || Date.parse(newest.updatedAt) > Date.parse(lastChangeAt))
        ) {
          lastChangeAt = newest.updatedAt;
        }
      }
      return { lastBackupAt, lastChangeAt };
    }),
  );
}
