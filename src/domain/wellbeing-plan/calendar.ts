/**
 * A calendar file (.ics) for the plan's review day: an all-day event. Its own module,
 * so the `ics` library loads only when someone asks for the file.
 * The title is neutral on purpose: work calendars are often seen by others.
 */
import { addDays, parseISO } from "date-fns";
import { calendarFile, type CalendarResult } from "../calendar/calendar-file";

export const REVIEW_EVENT_TITLE = "Look over my plan";

const parts = (date: Date): [number, number, number] => [
  date.getFullYear(),
  date.getMonth() + 1,
  date.getDate(),
];

export function reviewEvent(reviewOn: string): CalendarResult {
  const day = parseISO(reviewOn);
  if (Number.isNaN(day.getTime())) {
    return {
      ok: false,
      message: "Sorry, the calendar file could not be made. Please check the date.",
    };
  }
  return calendarFile({
    uid: `plan-review-${reviewOn}@plan.invalid`,
    title: REVIEW_EVENT_TITLE,
    start: parts(day),
    end: parts(addDays(day, 1)),
  });
}
