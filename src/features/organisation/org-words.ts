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
  meeting: "Together, in a team meeting",
  lead: "By one lead",
} as const;
