/**
 * Making a backup file and passing it on, by download or the share sheet. The backup
 * format (and its zod schemas and crypto) loads only when a backup is made.
 */
import { exportAllData, markBackedUp } from "../../db/backup";
import { downloadFile } from "../../browser/download";

export interface BackupFileText {
  name: string;
  text: string;
}

export const BACKUP_MIME = "application/json";

function buildId(): string | undefined {
  return typeof __BUILD_ID__ === "string" ? __BUILD_ID__ : undefined;
}

/** Every record as a backup file's text, locked with the passphrase when there is one. */
export async function makeBackupFile(
  passphrase: string,
  now: Date = new Date(),
): Promise<BackupFileText> {
  const [{ makeBackup, backupFileName }, data] = await Promise.all([
    import("../../domain/backup"),
    exportAllData(),
  ]);
  const text = await makeBackup(data, {
    now,
    build: buildId(),
    passphrase: passphrase === "" ? undefined : passphrase,
  });
  return { name: backupFileName(now), text };
}

/** True where this browser can hand a file to the device's share sheet. */
export function canShareFiles(): boolean {
  if (typeof navigator.canShare !== "function" || typeof navigator.share !== "function") {
    return false;
  }
  try {
    return navigator.canShare({ files: [new File(["{}"], "test.json", { type: BACKUP_MIME })] });
  } catch {
    return false;
  }
}

export function saveBackupFile(file: BackupFileText): Promise<void> {
  downloadFile(file.name, file.text, BACKUP_MIME);
  return markBackedUp();
}

/**
 * "not-allowed": the browser wants a fresh tap (making the file took a while after the
 * first one), so the screen asks for one.
 */
export type ShareFileOutcome = "shared" | "cancelled" | "not-allowed" | "failed";

export async function shareBackupFile(file: BackupFileText): Promise<ShareFileOutcome> {
  try {
    await navigator.share({
      files: [new File([file.text], file.name, { type: BACKUP_MIME })],
      title: file.name,
    });
  } catch (problem) {
    const name = (problem as Error | undefined)?.name;
    if (name === "AbortError") return "cancelled";
    if (name === "NotAllowedError") return "not-allowed";
    return "failed";
  }
  await markBackedUp();
  return "shared";
}
