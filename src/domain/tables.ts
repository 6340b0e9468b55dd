/**
 * Every table of personal data, said once: what its records are known by, whether the
 * passcode lock seals it, what backups, the CSV file and the restore screen do with it.
 * The backup format, the lock, delete-all and the restore words all read this.
 *
 * To add a table: add it to the Dexie class (src/db/database.ts) and here. Missing here,
 * src/db/database.ts does not compile; missing a field here, this file does not compile.
 */

// Its own small file: this registry is in the first download.
import { REFLECTION_DRAFT_ID } from "./organisation/draft-id";

export interface TableEntry {
  /** The field each record is known by (its primary key in the database). */
  readonly key: "id" | "key";
  /** Records carry `updatedAt`: when a backup is merged, the newer copy wins. */
  readonly dated: boolean;
  /** The passcode lock seals its rows (the rest stay readable while locked). */
  readonly sealed: boolean;
  /**
   * A backup carries every personal table (and delete-all clears it): a table kept out
   * would first need the backup format, merge and delete-all to learn about it.
   */
  readonly inBackup: true;
  /** The spreadsheet (CSV) file holds its records. */
  readonly inCsv: boolean;
  /** Its records in plain words, e.g. in a refused backup or the restore preview. */
  readonly words: { readonly one: string; readonly many: string };
  /** The restore screen: where it is listed (records a person thinks of first)... */
  readonly restoreOrder: number;
  /** ...whether it is listed even with nothing in it ("No check-ins")... */
  readonly alwaysInPreview: boolean;
  /** ...and whether its records count in "12 records were added". */
  readonly countedInRestore: boolean;
  /**
   * A record kept in the table while it is still being filled in (its fixed key), which
   * the restore preview names apart so it is never counted as a saved one.
   */
  readonly unfinished?: { readonly key: string; readonly one: string };
}

/** In the order a backup writes and checks them. */
export const TABLES = {
  checkIns: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: true,
    words: { one: "check-in", many: "check-ins" },
    restoreOrder: 1,
    alwaysInPreview: true,
    countedInRestore: true,
  },
  drafts: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "unfinished check-in", many: "unfinished check-ins" },
    restoreOrder: 6,
    alwaysInPreview: false,
    countedInRestore: true,
  },
  planActions: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "plan action", many: "plan actions" },
    restoreOrder: 4,
    alwaysInPreview: true,
    countedInRestore: true,
  },
  peerCheckIns: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "peer check-in", many: "peer check-ins" },
    restoreOrder: 2,
    alwaysInPreview: true,
    countedInRestore: true,
  },
  supervisionPreps: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "supervision preparation", many: "supervision preparations" },
    restoreOrder: 3,
    alwaysInPreview: true,
    countedInRestore: true,
  },
  wellbeingPlans: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    // The plan leaves the device only through its own share preview.
    inCsv: false,
    // The plan and the copies kept of it are all versions of one plan.
    words: { one: "version of your wellbeing plan", many: "versions of your wellbeing plan" },
    restoreOrder: 5,
    alwaysInPreview: false,
    countedInRestore: true,
  },
  teamReflections: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    // A list of ratings per principle reads poorly as rows; the screen shows the summary.
    inCsv: false,
    words: { one: "team reflection", many: "team reflections" },
    restoreOrder: 7,
    alwaysInPreview: false,
    countedInRestore: true,
    unfinished: { key: REFLECTION_DRAFT_ID, one: "unfinished team reflection" },
  },
  pledges: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "pledge", many: "pledges" },
    restoreOrder: 8,
    alwaysInPreview: false,
    countedInRestore: true,
  },
  orgActions: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    inCsv: true,
    words: { one: "key action", many: "key actions" },
    restoreOrder: 9,
    alwaysInPreview: false,
    countedInRestore: true,
  },
  practiceStories: {
    key: "id",
    dated: true,
    sealed: true,
    inBackup: true,
    // Private: a story leaves the device only through its own export of chosen stories.
    inCsv: false,
    words: { one: "story of practice", many: "stories of practice" },
    restoreOrder: 10,
    alwaysInPreview: false,
    countedInRestore: true,
  },
  settings: {
    key: "key",
    dated: false,
    sealed: true,
    inBackup: true,
    inCsv: false,
    words: { one: "setting", many: "settings" },
    restoreOrder: 11,
    alwaysInPreview: false,
    countedInRestore: false,
  },
  contentPacks: {
    key: "key",
    dated: false,
    // Not personal: the same packs for everyone, and needed to draw the lock screen.
    sealed: false,
    inBackup: true,
    inCsv: false,
    words: { one: "saved content pack", many: "saved content packs" },
    restoreOrder: 12,
    alwaysInPreview: false,
    countedInRestore: false,
  },
  meta: {
    key: "key",
    dated: false,
    // Holds the key box itself, and details the phone reads while locked (reminders).
    sealed: false,
    inBackup: true,
    inCsv: false,
    words: { one: "app detail", many: "app details" },
    restoreOrder: 13,
    alwaysInPreview: false,
    countedInRestore: false,
  },
} as const satisfies Record<string, TableEntry>;

export type PersonalTable = keyof typeof TABLES;

/** The yes-or-no fields of an entry ("sealed", "inCsv"...). */
type Flag = {
  [K in keyof TableEntry]-?: TableEntry[K] extends boolean ? K : never;
}[keyof TableEntry];

/** The tables whose entry has `field` set to true, e.g. those the lock seals. */
export type TablesWith<F extends Flag> = {
  [T in PersonalTable]: (typeof TABLES)[T][F] extends true ? T : never;
}[PersonalTable];

/** Every personal table, in backup order. */
export const PERSONAL_TABLES = Object.keys(TABLES) as readonly PersonalTable[];

export function tablesWith<F extends Flag>(field: F): readonly TablesWith<F>[] {
  return PERSONAL_TABLES.filter((table): table is TablesWith<F> => TABLES[table][field] === true);
}

/** The table's record still being filled in (its key and words), if it keeps one. */
export function unfinishedOf(table: PersonalTable): TableEntry["unfinished"] {
  const entry: TableEntry = TABLES[table];
  return entry.unfinished;
}
