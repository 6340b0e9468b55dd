/**
 * Why a file was not restored, in words a person can act on. Every message names what
 * is wrong and ends by saying nothing was changed, because that is the first worry.
 */
import { APP_NAME, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupTable } from "./constants";
import { TABLE_WORDS, shown } from "./words";

export type BackupProblemCode =
  | "too-big"
  | "empty"
  | "not-text"
  | "not-json"
  | "truncated"
  | "too-deep"
  | "forbidden-key"
  | "not-backup"
  | "other-app"
  | "content-pack"
  | "bad-version"
  | "newer-version"
  | "bad-details"
  | "missing-data"
  | "needs-passphrase"
  | "bad-protection"
  | "wrong-passphrase"
  | "missing-table"
  | "unknown-table"
  | "invalid-record"
  | "duplicate-id"
  | "unreadable";

export interface BackupProblem {
  code: BackupProblemCode;
  message: string;
}

export const NOTHING_CHANGED = "Nothing has been changed.";

function problem(code: BackupProblemCode, text: string): BackupProblem {
  return { code, message: `${text} ${NOTHING_CHANGED}` };
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;
}

export const problems = {
  tooBig: (size: number) =>
    problem(
      "too-big",
      `This file is too big to be a backup from this app (${megabytes(size)}; the most it can read is ${megabytes(MAX_BACKUP_BYTES)}).`,
    ),
  empty: () => problem("empty", "This file is empty, so there is nothing in it to restore."),
  notText: () =>
    problem(
      "not-text",
      "This file is not a text file, so it is not a backup from this app. Backups are .json files.",
    ),
  notJson: () =>
    problem(
      "not-json",
      "This file is not written in JSON, the format backups use, so the app cannot read it.",
    ),
  truncated: () =>
    problem(
      "truncated",
      "This file stops part of the way through, so some of it is missing. It may not have finished saving or downloading. Try using the backup file again, or save a new one.",
    ),
  tooDeep: () =>
    problem(
      "too-deep",
      "This file has data tucked inside itself far more deeply than any backup, so the app will not read it.",
    ),
  forbiddenKey: (key: string) =>
    problem(
      "forbidden-key",
      `This file uses the name "${key}" for a field. Backups never use that name, and to keep your records safe the app does not read files that do.`,
    ),
  notBackup: (what: string) =>
    problem("not-backup", `This file holds ${what}, not a backup from this app.`),
  otherApp: (type: unknown) =>
    problem(
      "other-app",
      type === undefined
        ? `This file does not say it is a ${APP_NAME} backup, so it probably comes from another app.`
        : `This file seems to come from another app (it says it is "${shown(type)}"), not from ${APP_NAME}.`,
    ),
  contentPack: () =>
    problem(
      "content-pack",
      "This looks like a content pack, not a backup. To use it, load it from Content pack in Settings instead.",
    ),
  badVersion: (version: unknown) =>
    problem(
      "bad-version",
      version === undefined
        ? "This backup does not say which version it is, so the app cannot read it safely."
        : `This backup's version (${shown(JSON.stringify(version) ?? String(version))}) is not a version number the app knows, so the file may be damaged.`,
    ),
  newerVersion: (version: number, readsUpTo: number = BACKUP_VERSION) =>
    problem(
      "newer-version",
      `This backup was made by a newer version of the app (backup version ${version}; this app can read up to version ${readsUpTo}). Please update the app, then try again.`,
    ),
  badDetails: (what: string) =>
    problem("bad-details", `The details at the start of this backup are not right: ${what}.`),
  bothKinds: () =>
    problem(
      "bad-details",
      "This backup holds both protected and unprotected records, so the app cannot tell which to use.",
    ),
  missingData: () =>
    problem("missing-data", "This backup has no records in it: its data part is missing."),
  needsPassphrase: () =>
    problem("needs-passphrase", "This backup is protected. Enter its passphrase to open it."),
  badProtection: (what: string) =>
    problem(
      "bad-protection",
      `The protected part of this backup is damaged (${what}), so it cannot be opened.`,
    ),
  unknownKdf: (kdf: unknown) =>
    problem(
      "bad-protection",
      `This backup is protected in a way this app does not use (${kdf === undefined ? "no method named" : `"${shown(kdf)}"`}), so it cannot be opened.`,
    ),
  weakProtection: (iterations: number, minimum: number) =>
    problem(
      "bad-protection",
      `This backup's protection is weaker than this app allows (${iterations.toLocaleString("en-GB")} rounds; it needs at least ${minimum.toLocaleString("en-GB")}), so it was not opened.`,
    ),
  slowProtection: (iterations: number) =>
    problem(
      "bad-protection",
      `This backup asks for ${iterations.toLocaleString("en-GB")} rounds of protection, which would take far too long to open, so it was not opened.`,
    ),
  wrongPassphrase: () =>
    problem(
      "wrong-passphrase",
      "This passphrase does not open this backup. Check it and try again: capital letters and spaces count. If the file was changed after it was saved, no passphrase will open it.",
    ),
  missingTable: (table: BackupTable) =>
    problem(
      "missing-table",
      `This backup has no list of ${TABLE_WORDS[table].many}, so it is not complete.`,
    ),
  unknownTable: (name: string) =>
    problem(
      "unknown-table",
      `This backup holds a list the app does not know ("${shown(name)}"), so it may come from a different app.`,
    ),
  notTables: (what: string) =>
    problem("missing-data", `This backup's data should be a group of lists, but it is ${what}.`),
  /** `where` names the record ("Check-in 2 in this backup (id "a")"), `field` the part of it. */
  invalidRecord: (where: string, field: string | null, what: string, more: number) =>
    problem(
      "invalid-record",
      `${where} has a problem${field ? ` with ${field}` : ""}: ${what.replace(/\.+$/, "")}.${more > 0 ? ` The app found ${more} more ${more === 1 ? "problem" : "problems"} after this one.` : ""}`,
    ),
  duplicate: (table: BackupTable, field: "id" | "key", value: string) =>
    problem(
      "duplicate-id",
      `This backup has two ${TABLE_WORDS[table].many} with the same ${field} ("${shown(value)}"), so the app cannot tell which one to keep.`,
    ),
  unreadable: () =>
    problem(
      "unreadable",
      "Something in this backup could not be read, so it was not restored. The file may be damaged.",
    ),
} as const;
