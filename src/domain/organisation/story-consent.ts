/**
 * Consent for stories of practice: each use is agreed (or taken back) on its own, and
 * every change is a new entry, so the history of who agreed and when is kept. A story
 * can leave the device for a use only while the latest entry for that use says yes and
 * the writer has said identifying details are taken out.
 */

/** The uses offered on screen; a pack or a later version may name others. */
export const CONSENT_USES = [
  "Shared within the team",
  "In our organisation's reports",
  "Shared publicly",
] as const;

export interface ConsentEntry {
  readonly id: string;
  /** What the story may be used for, in words, e.g. "Shared within the team". */
  readonly use: string;
  /** True: agreed. False: taken back (or refused). */
  readonly given: boolean;
  /** Who agreed or took it back, in the words the writer chose. */
  readonly by: string;
  /** The day it was given or taken back. */
  readonly on: string;
}

export interface ConsentedStory {
  readonly consents: readonly ConsentEntry[];
  /** The writer ticked that names, places, dates and roles that identify are taken out. */
  readonly detailsRemoved: boolean;
}

/** The entry that stands for a use (the latest), or null when none was ever recorded. */
export function latestConsent(
  story: Pick<ConsentedStory, "consents">,
  use: string,
): ConsentEntry | null {
  return story.consents.filter((entry) => entry.use === use).at(-1) ?? null;
}

/** The consent that stands for a use: the latest entry, when it says yes. */
export function standingConsent(
  story: Pick<ConsentedStory, "consents">,
  use: string,
): ConsentEntry | null {
  const latest = latestConsent(story, use);
  return latest?.given ? latest : null;
}

/** Every use with consent standing now, in the order first recorded. */
export function usesAgreed(story: Pick<ConsentedStory, "consents">): string[] {
  const uses = [...new Set(story.consents.map((entry) => entry.use))];
  return uses.filter((use) => standingConsent(story, use));
}

export type ExportBlock = "no-consent" | "details";

/** What stops a story being shared for a use; empty when it may be. */
export function exportBlocks(story: ConsentedStory, use: string): ExportBlock[] {
  return [
    ...(standingConsent(story, use) ? [] : (["no-consent"] as const)),
    ...(story.detailsRemoved ? [] : (["details"] as const)),
  ];
}

export function canExport(story: ConsentedStory, use: string): boolean {
  return exportBlocks(story, use).length === 0;
}

export const EXPORT_BLOCK_WORDS: Record<ExportBlock, string> = {
  "no-consent": "no consent recorded for this use",
  details: "identifying details not checked yet",
};

/**
 * Consent history from two copies of a story (this device's and a backup's): every entry
 * of both, once each by id, this device's first in their order, then any only the file
 * has. A "taken back" entry is never lost, so restoring an older file cannot bring a
 * withdrawn consent back.
 */
export function mergeConsents<T extends ConsentEntry>(here: readonly T[], file: readonly T[]): T[] {
  const ids = new Set(here.map((entry) => entry.id));
  return [...here, ...file.filter((entry) => !ids.has(entry.id))];
}
