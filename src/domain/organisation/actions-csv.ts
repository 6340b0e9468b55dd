/**
 * Key actions as a spreadsheet (CSV): one row per action, its progress notes newest
 * first in one cell. Quoting and the formula guard are the check-ins CSV's (rowsToCsv).
 */
import { rowsToCsv } from "../export/csv";
import { ACTION_STATUS_LABELS, progressNewestFirst } from "./action-rules";
import type { OrgAction } from "./schema";

export const ACTION_CSV_HEADER = [
  "Key action",
  "What it is",
  "Owner",
  "Start date",
  "Review date",
  "Status",
  "Progress",
] as const;

function progressCell(action: OrgAction): string {
  return progressNewestFirst(action.progress)
    .map((update) =>
      update.evidence?.trim()
        ? `${update.on}: ${update.note.trim()} (Evidence: ${update.evidence.trim()})`
        : `${update.on}: ${update.note.trim()}`,
    )
    .join("\n");
}

/** Actions in the order given, with a header row; starts with a byte-order mark for Excel. */
export function actionsToCsv(actions: readonly OrgAction[]): string {
  const rows = actions.map((action) => [
    action.title,
    action.what,
    action.owner,
    action.startOn,
    action.reviewOn,
    ACTION_STATUS_LABELS[action.status],
    progressCell(action),
  ]);
  return `\uFEFF${rowsToCsv([[...ACTION_CSV_HEADER], ...rows])}`;
}
