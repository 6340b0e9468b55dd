/**
 * Backup files: the format (format.ts), writing (make.ts), the one reading path
 * (read.ts), upgrades of older versions (upgrades.ts) and merge rules (merge.ts).
 */
export {
  APP_NAME,
  BACKUP_TABLES,
  BACKUP_TYPE,
  BACKUP_VERSION,
  DATED_TABLES,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  MAX_RECORDS_PER_TABLE,
  PRIMARY_KEY,
  emptyBackupData,
  type BackupTable,
  type DatedTable,
} from "./constants";
export {
  AppInfoSchema,
  BackupDataSchema,
  BackupFileSchema,
  encryptedBlockSchema,
  type AppInfo,
  type Backup,
  type BackupData,
  type BackupFile,
  type BackupRecord,
  type EncryptedBlock,
} from "./format";
export { backupFileName, makeBackup, type MakeBackupOptions } from "./make";
export {
  checkBackupFileSize,
  readBackup,
  type ReadBackupOptions,
  type ReadBackupResult,
} from "./read";
export { BACKUP_UPGRADES, upgradeBackupData, type BackupUpgrade } from "./upgrades";
export {
  LAST_BACKUP_META_KEY,
  checkInDateRange,
  fileCopyWins,
  isDeviceOnly,
  isDeviceOnlyKey,
  mergeOutcome,
  primaryKeyOf,
  sameRecord,
  withoutDeviceOnly,
  type MergeOutcome,
} from "./merge";
export { NOTHING_CHANGED, type BackupProblem, type BackupProblemCode } from "./problems";
export { FORBIDDEN_KEYS } from "./plain-json";
export { TABLE_WORDS } from "./words";
