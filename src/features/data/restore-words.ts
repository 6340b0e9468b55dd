/**
 * What a restore would do, and what it did, in plain words. Pure, so the preview and
 * its tests agree on every line.
 */
import type { BackupTable } from "../../domain/backup/constants";
import type { RestorePreview, RestoreResult, TablePreview } from "../../db/backup";

/** Numbers as words read them: "1 check-in", "3 check-ins". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** The records a person thinks of as theirs, in the order the preview lists them. */
export const MAIN_TABLES = [
  { table: "checkIns", one: "check-in", many: "check-ins" },
  { table: "peerCheckIns", one: "peer check-in", many: "peer check-ins" },
  { table: "supervisionPreps", one: "supervision preparation", many: "supervision preparations" },
  { table: "planActions", one: "plan action", many: "plan actions" },
] as const satisfies readonly { table: BackupTable; one: string; many: string }[];

export interface TableLines {
  table: BackupTable;
  heading: string;
  lines: string[];
}

/** One table: only the parts that are not zero, as short lines. */
export function tableLines(preview: TablePreview): string[] {
  const n = (value: number) => value.toLocaleString("en-GB");
  const them = (value: number) => (value === 1 ? "it" : "them");
  const lines: string[] = [];
  if (preview.new > 0) lines.push(`${n(preview.new)} new to this device`);
  if (preview.unchanged > 0) lines.push(`${n(preview.unchanged)} already here, just the same`);
  if (preview.updated > 0) {
    lines.push(
      `${n(preview.updated)} newer in the file: restoring brings ${them(preview.updated)} up to date`,
    );
  }
  if (preview.keptHere > 0) {
    lines.push(`${n(preview.keptHere)} newer on this device: merging keeps this device’s copy`);
  }
  if (preview.onlyHere > 0) {
    const it = them(preview.onlyHere);
    lines.push(
      `${n(preview.onlyHere)} only on this device: merging keeps ${it}, replacing removes ${it}`,
    );
  }
  return lines;
}

export function previewLines(preview: RestorePreview): TableLines[] {
  return MAIN_TABLES.map(({ table, one, many }) => {
    const counts = preview.tables[table];
    return {
      table,
      heading: counts.inFile === 0 ? `No ${many}` : count(counts.inFile, one, many),
      lines: tableLines(counts),
    };
  });
}

/** "It also holds your settings, 1 unfinished check-in and 2 content packs." or null. */
export function alsoHolds(preview: RestorePreview): string | null {
  const { settings, drafts, contentPacks } = preview.tables;
  const parts = [
    settings.inFile > 0 ? "your settings" : null,
    drafts.inFile > 0 ? count(drafts.inFile, "unfinished check-in", "unfinished check-ins") : null,
    contentPacks.inFile > 0 ? count(contentPacks.inFile, "content pack", "content packs") : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `It also holds ${list}.`;
}

/** Records on this device that replacing would remove (details about the device itself are kept). */
export function removedByReplace(preview: RestorePreview): number {
  return Object.values(preview.tables).reduce((sum, table) => sum + table.onlyHere, 0);
}

const COUNTED: readonly BackupTable[] = [
  "checkIns",
  "peerCheckIns",
  "supervisionPreps",
  "planActions",
  "drafts",
];

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
