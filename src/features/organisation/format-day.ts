import { formatShortDate, parseDay } from "../../domain/dates";

/** "2026-12-07" as the person's own calendar day ("7 Dec 2026"). */
export function formatDay(day: string): string {
  const date = parseDay(day);
  return date ? formatShortDate(date) : day;
}
