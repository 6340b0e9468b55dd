/**
 * Reminders without a server: the app writes a repeating calendar event the person
 * adds to their own calendar, and Home says gently when a check-in is due.
 */
import { addDays, differenceInCalendarDays, isValid, parseISO, set } from "date-fns";
// Types only: zod stays out of screens (such as Home) that use just these rules.
import type { Reminder, Rhythm } from "./schema";

export type { Reminder, Rhythm };

/** Just when a reminder falls: what the service worker keeps for notifications. */
export type ReminderTiming = Pick<Reminder, "rhythm" | "time" | "startOn">;

export const RHYTHM_LABELS: Record<Rhythm, string> = {
  daily: "Every day",
  weekly: "Every week",
  fortnightly: "Every two weeks",
};

export { REMINDER_SETTING } from "./keys";

/** Days between reminders. */
export const RHYTHM_DAYS: Record<Rhythm, number> = { daily: 1, weekly: 7, fortnightly: 14 };

/** A neutral title: it shows on lock screens and in shared calendars. */
export const DEFAULT_REMINDER_TITLE = "Check in with yourself";

/** The first reminder as a local date and time. */
export function firstOccurrence(reminder: ReminderTiming): Date {
  const [hours = 0, minutes = 0] = reminder.time.split(":").map(Number);
  return set(parseISO(reminder.startOn), { hours, minutes, seconds: 0, milliseconds: 0 });
}

/** The most recent reminder time at or before `now`, or null before the first one. */
export function latestOccurrence(reminder: ReminderTiming, now: Date): Date | null {
  const first = firstOccurrence(reminder);
  if (!isValid(first) || now < first) return null;
  const step = RHYTHM_DAYS[reminder.rhythm];
  // Calendar days, not milliseconds, so a clock change never shifts the time of day.
  let latest = addDays(first, Math.floor(differenceInCalendarDays(now, first) / step) * step);
  if (latest > now) latest = addDays(latest, -step);
  return latest < first ? null : latest;
}

/**
 * A check-in is due when a reminder time has passed with no check-in since.
 * Never "overdue", never counted: just a gentle nudge.
 */
export function isCheckInDue(
  reminder: ReminderTiming | null,
  lastCheckInAt: string | null,
  now: Date,
): boolean {
  if (!reminder) return false;
  const latest = latestOccurrence(reminder, now);
  if (!latest) return false;
  return !lastCheckInAt || new Date(lastCheckInAt) < latest;
}

/** The RFC 5545 repeat rule for a rhythm. */
export function recurrenceRule(rhythm: Rhythm): string {
  return rhythm === "daily"
    ? "FREQ=DAILY"
    : rhythm === "weekly"
      ? "FREQ=WEEKLY"
      : "FREQ=WEEKLY;INTERVAL=2";
}
