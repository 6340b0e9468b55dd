/**
 * Names of tables and fields in plain words, so a refused backup can say where the
 * problem is ("check-in 3, its note") instead of a path like checkIns[2].note.
 */
import type { BackupTable } from "./constants";

export const TABLE_WORDS: Record<BackupTable, { one: string; many: string }> = {
  checkIns: { one: "check-in", many: "check-ins" },
  drafts: { one: "unfinished check-in", many: "unfinished check-ins" },
  planActions: { one: "plan action", many: "plan actions" },
  peerCheckIns: { one: "peer check-in", many: "peer check-ins" },
  supervisionPreps: { one: "supervision preparation", many: "supervision preparations" },
  wellbeingPlans: { one: "wellbeing plan", many: "wellbeing plans" },
  settings: { one: "setting", many: "settings" },
  contentPacks: { one: "saved content pack", many: "saved content packs" },
  meta: { one: "app detail", many: "app details" },
};

/** Field names whose words are not just the name split up. */
const FIELD_WORDS: Record<string, string> = {
  createdAt: "date made",
  updatedAt: "date last changed",
  exportedAt: "date saved",
  addedAt: "date added",
  doneAt: "date done",
  closedAt: "date closed",
  recordedAt: "date recorded",
  heldOn: "date held",
  followUpOn: "follow-up date",
  at: "date",
  by: "due date",
  packId: "content pack",
  packVersion: "content pack version",
  stageId: "stage",
  stageIndex: "stage number",
  domainId: "area",
  domains: "areas",
  itemId: "question",
  optionId: "answer",
  patternIds: "stress responses",
  redFlags: "safety answers",
  tipId: "tip",
  step: "step number",
  tried: "actions tried",
  bringToSupervision: "bring-to-supervision choice",
  signsNote: "note about signs",
  checkInIds: "check-ins included",
  peerCheckInIds: "peer check-ins included",
  promptId: "prompt",
  reviewOn: "review date",
  keepsMeWell: "what keeps me well",
  knocksMe: "what can knock me off balance",
  signsINotice: "signs I notice",
  signsOthersNotice: "signs others might notice",
  helpsFromMe: "what I can do",
  helpsFromTeam: "what my manager or team can do",
  adjustments: "changes that help",
  ifUnwell: "if I become unwell",
};

/** "bringToSupervision" -> "bring to supervision" for names without their own words. */
function splitName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

export function fieldWords(name: string): string {
  return Object.hasOwn(FIELD_WORDS, name) ? FIELD_WORDS[name]! : splitName(name);
}

/** A path inside a record in words: ["result", "domains", 2, "stageIndex"] -> "result › areas › 3 › stage number". */
export function pathWords(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? String(part + 1) : fieldWords(String(part))))
    .join(" › ");
}

/** Text from a file, safe to show inside a message: short, one line, no control characters. */
export function shown(value: unknown, max = 40): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, " ");
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
