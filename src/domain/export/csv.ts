/**
 * Check-ins as CSV, for a spreadsheet. Each check-in is described with the content pack
 * it was scored with (so old rows keep their meaning), found through `packFor`.
 * Quoting is papaparse's; the formula guard is ours, because a note or a pack's label
 * that starts with "=" must never run as a formula when the file is opened.
 */
import Papa from "papaparse";
import { stageFor } from "../pack/lookup";
import type { ContentPack } from "../pack/schema";
import type { CheckIn } from "../records";

/** The parts of a pack the CSV needs; a full ContentPack fits. */
export type CsvPack = Pick<ContentPack, "stages" | "patterns" | "domains">;
export type PackLookup = (packId: string, version: string) => CsvPack | undefined;

export interface CheckInCsvOptions {
  /** Notes are private: the column is there only when the person chooses it. */
  includeNotes: boolean;
  packFor: PackLookup;
  /** IANA time zone for the date column; defaults to the device's own. */
  timeZone?: string;
  /** Start with a UTF-8 byte-order mark (default true) so Excel reads accents and emoji correctly. */
  byteOrderMark?: boolean;
}

export const CSV_WORDS = {
  date: "Date",
  stage: "Stage",
  pattern: "Pattern",
  flags: "Flags",
  note: "Note",
  notEnough: "Not enough answers for a stage",
  noAnswers: "No answers",
  redFlag: "Help was shown",
  supervision: "Bring to supervision",
} as const;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell inert in spreadsheets: a leading apostrophe shows the text as typed. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows (the first is the header) as CSV text: every cell guarded, quoted where needed, CRLF lines. */
export function rowsToCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((row) => row.map(guardCell)),
    { newline: "\r\n", escapeFormulae: false },
  );
}

function dateFormatter(timeZone: string | undefined): (iso: string) => string {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return (iso) => {
    const parts = format.formatToParts(new Date(iso));
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      parts.find((entry) => entry.type === type)?.value ?? "";
    // Year first sorts correctly and every spreadsheet reads it as a date.
    return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
  };
}

/** One column per part of life, in pack order, across every pack the check-ins used. */
function domainColumns(rows: readonly { checkIn: CheckIn; pack: CsvPack | undefined }[]) {
  const columns = new Map<string, string>();
  for (const { checkIn, pack } of rows) {
    for (const domain of pack?.domains ?? []) {
      if (!columns.has(domain.id)) columns.set(domain.id, domain.label);
    }
    for (const entry of checkIn.result.domains) {
      if (!columns.has(entry.domainId)) columns.set(entry.domainId, entry.domainId);
    }
  }
  return columns;
}

function stageLabel(
  pack: CsvPack | undefined,
  ref: { stageId: string | null; stageIndex: number | null },
): string | null {
  if (ref.stageId === null && ref.stageIndex === null) return null;
  return (pack ? stageFor(pack, ref)?.label : undefined) ?? ref.stageId ?? null;
}

/** Check-ins as CSV text, oldest first, with a header row. */
export function checkInsToCsv(checkIns: readonly CheckIn[], options: CheckInCsvOptions): string {
  const formatDate = dateFormatter(options.timeZone);
  const rows = [...checkIns]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map((checkIn) => ({ checkIn, pack: options.packFor(checkIn.packId, checkIn.packVersion) }));
  const columns = domainColumns(rows);

  const header = [
    CSV_WORDS.date,
    CSV_WORDS.stage,
    CSV_WORDS.pattern,
    ...columns.values(),
    CSV_WORDS.flags,
    ...(options.includeNotes ? [CSV_WORDS.note] : []),
  ];
  const body = rows.map(({ checkIn, pack }) => {
    const { result } = checkIn;
    const patterns = result.patternIds.map(
      (id) => pack?.patterns.find((pattern) => pattern.id === id)?.label ?? id,
    );
    const domains = [...columns.keys()].map((id) => {
      const entry = result.domains.find((domain) => domain.domainId === id);
      return entry ? (stageLabel(pack, entry) ?? CSV_WORDS.noAnswers) : "";
    });
    const flags = [
      result.redFlags.length > 0 ? CSV_WORDS.redFlag : null,
      checkIn.bringToSupervision ? CSV_WORDS.supervision : null,
    ].filter((flag) => flag !== null);
    return [
      formatDate(checkIn.createdAt),
      (result.status === "scored" ? stageLabel(pack, result) : null) ?? CSV_WORDS.notEnough,
      patterns.join("; "),
      ...domains,
      flags.join("; "),
      ...(options.includeNotes ? [checkIn.note] : []),
    ];
  });
  const text = rowsToCsv([header, ...body]);
  return options.byteOrderMark === false ? text : `\uFEFF${text}`;
}

/** e.g. "wellbeing-check-ins-2026-11-23.csv" (local date). */
export function checkInsCsvFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `wellbeing-check-ins-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.csv`;
}
