/**
 * Fixed facts of the organisation records, without zod, so screens can read them
 * (levels, longest texts) without loading the schemas.
 */

/** How far a statement is true of the workplace, from not at all to part of every day. */
export const LEVELS = ["not-yet", "starting", "growing", "embedded"] as const;
export type Level = (typeof LEVELS)[number];

/** Where a key action is up to. */
export const ACTION_STATUSES = ["not-started", "in-progress", "done", "stopped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A pledge statement's most words, as the pledge asks. */
export const PLEDGE_MAX_WORDS = 150;

export const ORG_LIMITS = {
  team: 100,
  name: 100,
  role: 100,
  note: 2000,
  evidence: 2000,
  principles: 20,
  ratings: 10,
  /** Characters: far more than 150 words need, small enough to refuse nonsense. */
  statement: 2000,
  commitments: 20,
  title: 200,
  what: 2000,
  owner: 100,
  progress: 200,
  progressNote: 2000,
  storyText: 5000,
  consents: 50,
  consentUse: 200,
} as const;

/** Counts words as a person would: runs of characters between spaces and new lines. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}
