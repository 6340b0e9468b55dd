import type { Level } from "../../domain/organisation/limits";
import type { Change } from "../../domain/organisation/summary";

/** The four levels, as a team says them. */
export const LEVEL_WORDS: Record<Level, string> = {
  "not-yet": "Not yet",
  starting: "Starting",
  growing: "Growing",
  embedded: "Embedded",
};

export const LEVEL_OPTIONS = (Object.keys(LEVEL_WORDS) as Level[]).map((value) => ({
  value,
  label: LEVEL_WORDS[value],
}));

/** The change since the last reflection, in words (never only a colour or an arrow). */
export const CHANGE_WORDS: Record<Change, string> = {
  better: "Further on",
  same: "About the same",
  less: "Not as far",
  "not-compared": "Not rated both times",
};

export const RAN_BY_WORDS = {
  meeting: "Rated together, in a team meeting",
  lead: "Rated by one lead",
} as const;

/** One line on what each level means, shown above the statements. */
export const LEVELS_EXPLAINED =
  "Not yet: this does not happen yet. Starting: it happens now and then. Growing: it happens often. Embedded: it is part of everyday work.";
