/** The reminder as a calendar file the person adds to their own calendar. */
import { calendarFile, type CalendarResult } from "../calendar/calendar-file";
import { firstOccurrence, recurrenceRule, type Reminder } from "./reminder";

/** A repeating, 5-minute event at the chosen local time, with a reminder alert. */
export function reminderCalendarFile(reminder: Reminder, uid: string): CalendarResult {
  const start = firstOccurrence(reminder);
  return calendarFile({
    uid,
    title: reminder.title,
    start: [
      start.getFullYear(),
      start.getMonth() + 1,
      start.getDate(),
      start.getHours(),
      start.getMinutes(),
    ],
    startInputType: "local",
    startOutputType: "local",
    duration: { minutes: 5 },
    recurrenceRule: recurrenceRule(reminder.rhythm),
    alarms: [
      { action: "display", description: reminder.title, trigger: { minutes: 0, before: true } },
    ],
  });
}
