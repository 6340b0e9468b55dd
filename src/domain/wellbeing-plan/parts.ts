/**
 * The parts of a wellbeing plan, after the idea of a Wellness Action Plan (in our own
 * words). Pure data: the plan record stores text under these ids, and every part is
 * optional.
 */
export const PLAN_PART_IDS = [
  "keepsMeWell",
  "knocksMe",
  "signsINotice",
  "signsOthersNotice",
  "helpsFromMe",
  "helpsFromTeam",
  "adjustments",
  "ifUnwell",
] as const;
export type PlanPartId = (typeof PLAN_PART_IDS)[number];

/** Longest text one part takes (forms use it for maxLength; the schema enforces it). */
export const PLAN_PART_MAX = 3000;

/** The one plan a person keeps; saved versions get their own ids. */
export const CURRENT_PLAN_ID = "my-plan";

/** Review days the plan takes: anything else is a typing slip (a year of "0002"). */
export const REVIEW_DAY_RANGE = { from: "2000-01-01", to: "2199-12-31" } as const;

export function isReviewDayInRange(day: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= REVIEW_DAY_RANGE.from && day <= REVIEW_DAY_RANGE.to
  );
}
