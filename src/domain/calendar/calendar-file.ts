/**
 * Calendar files (.ics) made with the `ics` library. One place for every event the
 * app offers to a calendar, so they share the same product id and neutral wording.
 */
import { createEvent, type EventAttributes } from "ics";

// Neutral on purpose: calendars sync to servers and other people may see the file.
const PRODUCT_ID = "personal-calendar";

export type CalendarResult = { ok: true; ics: string } | { ok: false; message: string };

/** Runs the library and turns its error into a kind message. */
export function calendarFile(event: EventAttributes): CalendarResult {
  const { error, value } = createEvent({ productId: PRODUCT_ID, ...event });
  if (error || !value) {
    return {
      ok: false,
      message: "Sorry, the calendar file could not be made. Please check the date and time.",
    };
  }
  return { ok: true, ics: value };
}
