/**
 * What a restore would do, and what it did, in plain words. Pure, so the preview and
 * its tests agree on every line.
 */
import type { ReplacedRecord, RestorePreview, RestoreResult, TablePreview } from "../../db/backup";
import { DATED_TABLES, type BackupTable } from "../../domain/backup/constants";
import { TABLE_WORDS } from "../../domain/backup/words";
import { PERSONAL_TABLES, TABLES, tablesWith, unfinishedOf } from "../../domain/tables";
import { formatDate } from "../../domain/dates";
import { count } from "../../domain/count";

/** Every table, in the order the preview lists them: the records a person thinks of first. */
export const PREVIEW_TABLES = [...PERSONAL_TABLES].sort(
  (a, b) => TABLES[a].restoreOrder - TABLES[b].restoreOrder,
);

/** Some always show (even "No check-ins"); the rest only when something is there. */
const ALWAYS_SHOWN: ReadonlySet<BackupTable> = new Set(tablesWith("alwaysInPreview"));
const DATED: ReadonlySet<BackupTable> = new Set<BackupTable>(DATED_TABLES);
/** At most this many replaced records are named one by one. */
export const REPLACED_SHOWN = 10;

export interface TableLines {
  table: BackupTable;
  heading: string;
  lines: string[];
  /** Records here a merge would overwrite, one line each (then "and 3 more"). */
  replaced: string[];
}

/** One table: only the parts that are not zero, as short lines. */
export function tableLines(preview: TablePreview, table: BackupTable): string[] {
  const n = (value: number) => value.toLocaleString("en-GB");
  const them = (value: number) => (value === 1 ? "it" : "them");
  const dated = DATED.has(table);
  const lines: string[] = [];
  if (preview.new > 0) lines.push(`${n(preview.new)} new to this device`);
  if (preview.unchanged > 0) lines.push(`${n(preview.unchanged)} already here, just the same`);
  if (preview.updated > 0) {
    lines.push(
      dated
        ? `${n(preview.updated)} newer in the file: restoring brings ${them(preview.updated)} up to date`
        : `${n(preview.updated)} different in the file: restoring uses the file’s copy`,
    );
  }
  if (preview.keptHere > 0) {
    lines.push(
      dated
        ? `${n(preview.keptHere)} newer on this device: merging keeps this device’s copy`
        : `${n(preview.keptHere)} different on this device: merging keeps this device’s copy`,
    );
  }
  if (preview.onlyHere > 0) {
    const it = them(preview.onlyHere);
    lines.push(
      `${n(preview.onlyHere)} only on this device: merging keeps ${it}, replacing removes ${it}`,
    );
  }
  if (preview.tooLate > 0) {
    lines.push(
      `${n(preview.tooLate)} dated after the backup was saved, which cannot be right: left out, so this device keeps its own copy`,
    );
  }
  return lines;
}

/** "Check-in from 2 Nov 2026: changed here 3 Nov 2026, in the file 5 Nov 2026". */
export function replacedWords(table: BackupTable, record: ReplacedRecord): string {
  const one = TABLE_WORDS[table].one;
  const name = one.charAt(0).toUpperCase() + one.slice(1);
  if (!DATED.has(table)) return `${name} “${record.key}”`;
  const from = record.createdAt ? ` from ${formatDate(record.createdAt)}` : "";
  const here = record.hereChanged ? `changed here ${formatDate(record.hereChanged)}` : null;
  const file = record.fileChanged ? `in the file ${formatDate(record.fileChanged)}` : null;
  const dates = [here, file].filter((part): part is string => part !== null).join(", ");
  return `${name}${from}${dates ? `: ${dates}` : ""}`;
}

function replacedLines(table: BackupTable, preview: TablePreview): string[] {
  const lines = preview.replaced
    .slice(0, REPLACED_SHOWN)
    .map((record) => replacedWords(table, record));
  const more = preview.replaced.length - REPLACED_SHOWN;
  return more > 0 ? [...lines, `and ${count(more, "more", "more")}`] : lines;
}

/** "3 team reflections", "No check-ins", "2 team reflections and 1 unfinished team reflection". */
function headingFor(table: BackupTable, counts: TablePreview): string {
  const { one, many } = TABLE_WORDS[table];
  const saved = counts.inFile - counts.unfinished;
  const unfinished = unfinishedOf(table);
  const parts = [
    ...(saved > 0 ? [count(saved, one, many)] : []),
    ...(counts.unfinished > 0 && unfinished
      ? [count(counts.unfinished, unfinished.one, unfinished.one)]
      : []),
  ];
  return parts.length > 0 ? parts.join(" and ") : `No ${many}`;
}

export function previewLines(preview: RestorePreview): TableLines[] {
  return PREVIEW_TABLES.flatMap((table) => {
    const counts = preview.tables[table];
    const lines = tableLines(counts, table);
    if (!ALWAYS_SHOWN.has(table) && counts.inFile === 0 && lines.length === 0) return [];
    const heading = headingFor(table, counts);
    return [{ table, heading, lines, replaced: replacedLines(table, counts) }];
  });
}

/** Said when the file holds details about the device it was saved on (such as its lock). */
export function deviceDetailsWords(preview: RestorePreview): string | null {
  if (preview.deviceDetails === 0) return null;
  const details = count(preview.deviceDetails, "detail", "details");
  return `This backup also holds ${details} about the device it was saved on, such as its passcode lock. ${preview.deviceDetails === 1 ? "It is" : "They are"} left out: the lock and passcode on this device stay just as they are.`;
}

/** Records here, newer than the file's copy, that replacing would overwrite. */
export function olderCopiesByReplace(preview: RestorePreview): number {
  return Object.values(preview.tables).reduce((sum, table) => sum + table.keptHere, 0);
}

/** Records on this device that replacing would remove (details about the device itself are kept). */
export function removedByReplace(preview: RestorePreview): number {
  return Object.values(preview.tables).reduce((sum, table) => sum + table.onlyHere, 0);
}

const COUNTED = tablesWith("countedInRestore");

/** The kind message after a restore. */
export function restoreMessage(result: RestoreResult): string {
  const written = COUNTED.reduce((sum, table) => sum + result.tables[table].written, 0);
  const removed = COUNTED.reduce((sum, table) => sum + result.tables[table].removed, 0);
  if (result.mode === "replace") {
    const gone =
      removed > 0
        ? ` ${count(removed, "record that was", "records that were")} only on this device ${removed === 1 ? "has" : "have"} been removed.`
        : "";
    return `Your backup has been restored. This device now holds exactly what the backup holds: ${count(written, "record", "records")}.${gone}`;
  }
  if (written === 0) {
    return "Your backup has been restored. Everything in it was already on this device, so nothing needed to change.";
  }
  return `Your backup has been restored. ${count(written, "record was", "records were")} added or brought up to date. Nothing on this device was removed.`;
}
