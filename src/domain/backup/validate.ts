/**
 * Checks a backup's data, record by record, against the record schemas, and explains
 * the first problem in plain words: which list, which record, which field.
 */
import type { z } from "zod";
import { describeValue, explainIssue } from "../pack/issue-text";
import { parseContentPack } from "../pack/parse";
import { BACKUP_TABLES, PRIMARY_KEY, type BackupTable } from "./constants";
import { BackupDataSchema, type BackupData } from "./format";
import { isPlainObject } from "./plain-json";
import { valueAt } from "../value-at";
import { problems, type BackupProblem } from "./problems";
import { TABLE_WORDS, fieldWords, pathWords, shown } from "./words";

export type DataCheck = { ok: true; data: BackupData } | { ok: false; problem: BackupProblem };

const isTable = (name: string): name is BackupTable =>
  (BACKUP_TABLES as readonly string[]).includes(name);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Check-in 2 in this backup (id "abc")": position counted from 1, and the record's own id. */
function recordWords(table: BackupTable, index: number, record: unknown): string {
  const field = PRIMARY_KEY[table];
  const id = isPlainObject(record) ? record[field] : undefined;
  const known = typeof id === "string" && id !== "" ? ` (${field} "${shown(id)}")` : "";
  return `${capitalise(TABLE_WORDS[table].one)} ${index + 1} in this backup${known}`;
}

function explainFirst(root: unknown, issues: readonly z.core.$ZodIssue[]): BackupProblem {
  const issue = issues[0]!;
  const more = issues.length - 1;
  const [table, index, ...rest] = issue.path;
  if (typeof table !== "string" || !isTable(table)) return problems.unreadable();
  if (typeof index !== "number") {
    const list = `The list of ${TABLE_WORDS[table].many} in this backup`;
    return problems.invalidRecord(list, null, explainIssue(issue, valueAt(root, [table])), more);
  }
  const where = recordWords(table, index, valueAt(root, [table, index]));
  if (issue.code === "unrecognized_keys") {
    const inside = rest.length > 0 ? `its ${pathWords(rest)}` : null;
    const names = issue.keys.map((key) => `"${shown(key)}"`).join(", ");
    const what = `the app does not know the field${issue.keys.length === 1 ? "" : "s"} ${names}`;
    return problems.invalidRecord(where, inside, what, more);
  }
  const field = rest.length > 0 ? `its ${pathWords(rest)}` : null;
  return problems.invalidRecord(where, field, explainIssue(issue, valueAt(root, issue.path)), more);
}

function findDuplicate(data: BackupData): BackupProblem | null {
  for (const table of BACKUP_TABLES) {
    const field = PRIMARY_KEY[table];
    const seen = new Set<string>();
    for (const record of data[table] as readonly Record<string, unknown>[]) {
      const key = String(record[field]);
      if (seen.has(key)) return problems.duplicate(table, field, key);
      seen.add(key);
    }
  }
  return null;
}

/** Stored packs are shown to the person later, so they get the full content-pack check too. */
function checkStoredPacks(data: BackupData): BackupProblem | null {
  for (const [index, stored] of data.contentPacks.entries()) {
    const where = recordWords("contentPacks", index, stored);
    const parsed = parseContentPack(stored.pack);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      const field = first && first.path !== "the pack" ? `its pack, at ${first.path}` : "its pack";
      const what = first?.message ?? "it is not a content pack";
      return problems.invalidRecord(where, field, what, parsed.errors.length - 1);
    }
    const { id, version } = parsed.pack;
    if (stored.id !== id || stored.version !== version || stored.key !== `${id}@${version}`) {
      const what = `its ${fieldWords("key")}, id and version should match the pack inside it ("${shown(id)}@${shown(version)}")`;
      return problems.invalidRecord(where, null, what, 0);
    }
  }
  return null;
}

/** Checks upgraded data; returns it as zod parsed it (strings trimmed where the schemas say). */
export function checkBackupData(root: unknown): DataCheck {
  if (!isPlainObject(root)) return { ok: false, problem: problems.notTables(describeValue(root)) };
  const unknown = Object.keys(root).find((name) => !isTable(name));
  if (unknown !== undefined) return { ok: false, problem: problems.unknownTable(unknown) };
  const missing = BACKUP_TABLES.find((table) => !Object.hasOwn(root, table));
  if (missing !== undefined) return { ok: false, problem: problems.missingTable(missing) };

  const parsed = BackupDataSchema.safeParse(root);
  if (!parsed.success) return { ok: false, problem: explainFirst(root, parsed.error.issues) };
  const problem = findDuplicate(parsed.data) ?? checkStoredPacks(parsed.data);
  return problem ? { ok: false, problem } : { ok: true, data: parsed.data };
}
