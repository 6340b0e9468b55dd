/**
 * Calendar days as the peer and supervision screens use them. Follow-up dates and
 * periods are plain days ("2026-11-16"), read in the person's own time zone: a
 * follow-up is due on that day wherever the clock is (see parseDay in ../dates).
 */
import { formatLongDay, formatShortDate, parseDay as parse } from "../dates";

export { isoDay } from "../dates";

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
