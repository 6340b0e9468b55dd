/**
 * Consent for stories of practice: each use is agreed (and can be withdrawn) on its own.
 * A story can leave the device for a use only when consent for that use stands and the
 * writer has said identifying details are taken out.
 */
export const CONSENT_USES = ["team", "reports", "public"] as const;
export type ConsentUse = (typeof CONSENT_USES)[number];

export const CONSENT_USE_LABELS: Record<ConsentUse, string> = {
  team: "Shared within the team",
  reports: "In our organisation's reports",
  public: "Shared publicly",
};

export interface ConsentEntry {
  readonly use: ConsentUse;
  /** Who agreed, in the words the writer chose (a name, a role, "the person it is about"). */
  readonly givenBy: string;
  /** The day consent was given. */
  readonly givenOn: string;
  /** The day it was taken back; missing or null while it stands. */
  readonly withdrawnOn?: string | null;
}

export interface ConsentedStory {
  readonly consents: readonly ConsentEntry[];
  /** The writer ticked that names, places, dates and roles that identify are taken out. */
  readonly detailsRemoved: boolean;
}

/**
 * The consent that stands for a use: the latest one given and not withdrawn. A newer
 * withdrawal is final until consent is given again (a later entry).
 */
export function standingConsent(
  story: Pick<ConsentedStory, "consents">,
  use: ConsentUse,
): ConsentEntry | null {
  const forUse = story.consents.filter((entry) => entry.use === use);
  const latest = forUse.at(-1);
  return latest && !latest.withdrawnOn ? latest : null;
}

export type ExportBlock = "no-consent" | "details";

/** What stops a story being shared for a use; empty when it may be. */
export function exportBlocks(story: ConsentedStory, use: ConsentUse): ExportBlock[] {
  return [
    ...(standingConsent(story, use) ? [] : (["no-consent"] as const)),
    ...(story.detailsRemoved ? [] : (["details"] as const)),
  ];
}

export function canExport(story: ConsentedStory, use: ConsentUse): boolean {
  return exportBlocks(story, use).length === 0;
}

export const EXPORT_BLOCK_WORDS: Record<ExportBlock, string> = {
  "no-consent": "No consent recorded for this use",
  details: "Identifying details not yet checked",
};

/** Consent given again for a use, or withdrawn: entries are only ever added or closed. */
export function withdrawConsent<T extends ConsentedStory>(
  story: T,
  use: ConsentUse,
  on: string,
): T {
  const index = story.consents.findLastIndex((entry) => entry.use === use);
  const entry = story.consents[index];
  if (!entry || entry.withdrawnOn) return story;
  const consents = story.consents.map((item, at) =>
    at === index ? { ...item, withdrawnOn: on } : item,
  );
  return { ...story, consents };
}
