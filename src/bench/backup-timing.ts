/**
 * Backup export and restore as the Data screen does them, timed in the page:
 * export = exportAllData + makeBackup; restore = readBackup + applyRestore("replace").
 * Passphrase runs use the real PBKDF2 cost (no test-only iteration options).
 */
import { applyRestore, exportAllData } from "../db/backup";
import { makeBackup, readBackup } from "../domain/backup";
import { deriveKey, newSalt } from "../domain/crypto";

export interface Timed {
  ms: number;
}

/** The file text of the last export, per passphrase, so restore reads what export wrote. */
const lastFile = new Map<string, string>();

export interface ExportTimes extends Timed {
  /** exportAllData: every table read in one transaction. */
  readMs: number;
  /** makeBackup: the file's text (and its encryption, with a passphrase). */
  fileMs: number;
  bytes: number;
}

export interface RestoreTimes extends Timed {
  /** readBackup: parse, decrypt (with a passphrase), upgrade and check every record. */
  checkMs: number;
  /** applyRestore "replace": the one read-write transaction. */
  writeMs: number;
  records: number;
}

export async function timeExport(passphrase = ""): Promise<ExportTimes> {
  const started = performance.now();
  const data = await exportAllData();
  const read = performance.now();
  const text = await makeBackup(data, { now: new Date(), ...(passphrase ? { passphrase } : {}) });
  const ended = performance.now();
  lastFile.set(passphrase, text);
  return {
    ms: ended - started,
    readMs: read - started,
    fileMs: ended - read,
    bytes: new Blob([text]).size,
  };
}

export async function timeRestore(passphrase = ""): Promise<RestoreTimes> {
  const text = lastFile.get(passphrase);
  if (text === undefined) throw new Error("Export first: restore reads the exported file.");
  const started = performance.now();
  const read = await readBackup(text, passphrase ? { passphrase } : {});
  if (!read.ok) throw new Error(`The backup was refused: ${JSON.stringify(read.problem)}`);
  const checked = performance.now();
  const result = await applyRestore(read.backup.data, "replace");
  const ended = performance.now();
  const records = Object.values(result.tables).reduce((sum, table) => sum + table.written, 0);
  return { ms: ended - started, checkMs: checked - started, writeMs: ended - checked, records };
}

/** The key derivation alone (PBKDF2, the real 600,000 rounds): the fixed cost of a passphrase. */
export async function timeKeyDerivation(passphrase: string): Promise<Timed> {
  const started = performance.now();
  await deriveKey(passphrase, newSalt());
  return { ms: performance.now() - started };
}
