/**
 * Writes a backup file's text. Validation happens on the way in (readBackup), not
 * here: a backup should carry everything the device holds, even a record an older
 * release saved loosely, so nothing is lost by saving it.
 */
import { sealWithPassphrase, utf8Bytes } from "../crypto";
import { APP_NAME, BACKUP_TYPE, BACKUP_VERSION } from "./constants";
import { additionalDataFor, type AppInfo, type BackupData, type BackupFile } from "./format";

export interface MakeBackupOptions {
  now: Date;
  /** The app build, recorded for support questions. */
  build?: string;
  /** When given (and not empty), the data is encrypted with a key from this passphrase. */
  passphrase?: string;
  /** Tests only: fewer PBKDF2 rounds than PBKDF2_ITERATIONS, to stay fast. */
  iterations?: number;
}

export async function makeBackup(data: BackupData, options: MakeBackupOptions): Promise<string> {
  const app: AppInfo = options.build
    ? { name: APP_NAME, build: options.build }
    : { name: APP_NAME };
  const head = {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    app,
    exportedAt: options.now.toISOString(),
  } as const;
  if (!options.passphrase) {
    const file: BackupFile = { ...head, data };
    return `${JSON.stringify(file)}\n`;
  }
  const encrypted = await sealWithPassphrase(utf8Bytes(JSON.stringify(data)), options.passphrase, {
    iterations: options.iterations,
    additionalData: utf8Bytes(additionalDataFor(BACKUP_VERSION)),
  });
  const file: BackupFile = { ...head, encrypted };
  return `${JSON.stringify(file)}\n`;
}

/** A file name that sorts by date and says what it is, e.g. "wellbeing-backup-2026-11-23.json" (local date). */
export function backupFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `wellbeing-backup-${date}.json`;
}
