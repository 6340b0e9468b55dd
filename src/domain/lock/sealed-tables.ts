/**
 * Which tables the passcode lock seals, decided for every table a backup carries. The
 * Record type makes the list exhaustive: a new table added to BACKUP_TABLES does not
 * compile until someone says here whether its records are personal.
 */
import { BACKUP_TABLES, type BackupTable } from "../backup/constants";

const SEALED_BY_LOCK = {
  checkIns: true,
  drafts: true,
  planActions: true,
  peerCheckIns: true,
  supervisionPreps: true,
  wellbeingPlans: true,
  settings: true,
  // Not personal: the same packs for everyone, and needed to draw the lock screen.
  contentPacks: false,
  // Holds the key box itself, and details the phone reads while locked (reminders).
  meta: false,
} as const satisfies Record<BackupTable, boolean>;

type SealedTable = {
  [T in BackupTable]: (typeof SEALED_BY_LOCK)[T] extends true ? T : never;
}[BackupTable];

export const SEALED_TABLE_NAMES: readonly SealedTable[] = BACKUP_TABLES.filter(
  (table): table is SealedTable => SEALED_BY_LOCK[table],
);
