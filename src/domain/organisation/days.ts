/** Days an organisation's records take: a whole, likely day (not a half-typed year). */
import { parseDay } from "../dates";
import { REVIEW_DAY_RANGE } from "../wellbeing-plan/parts";

export function isReviewDay(day: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) &&
    day >= REVIEW_DAY_RANGE.from &&
    day <= REVIEW_DAY_RANGE.to &&
    parseDay(day) !== null
  );
}
