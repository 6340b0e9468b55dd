/**
 * Calendar days as the peer and supervision screens use them. Follow-up dates and
 * periods are plain days ("2026-11-16"), read in the person's own time zone: a
 * follow-up is due on that day wherever the clock is. date-fns parses a plain day as
 * local midnight (new Date() would take it as UTC and can show the day before).
 */
import { isValid, parseISO } from "date-fns";
import { formatLongDay, formatShortDate } from "../dates";

export { isoDay } from "../dates";

function parse(iso: string): Date | null {
  const date = parseISO(iso);
  return isValid(date) ? date : null;
}

/** "Monday 16 November 2026", from a day or a date-time. */
export function formatDay(iso: string): string {
  const date = parse(iso);
  return date ? formatLongDay(date) : iso;
}

/** "16 Nov 2026", from a day or a date-time: for lists. */
export function formatShortDay(iso: string): string {
  const date = parse(iso);
  return date ? formatShortDate(date) : iso;
}
