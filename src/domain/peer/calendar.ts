/**
 * A calendar file (.ics) for a peer check-in's follow-up. Kept in its own module
 * because the `ics` library is only needed when someone asks for the file: screens
 * can import() it then.
 *
 * The default title names only the colleague's label, never anything about
 * wellbeing: work calendars are often visible to others and synced to servers.
 * The event is marked free (TRANSP:TRANSPARENT), so it never blocks a diary.
 */
import { addDays, parseISO } from "date-fns";
import type { DateArray, EventAttributes } from "ics";
import { calendarFile } from "../calendar/calendar-file";
import type { PeerCheckIn } from "../records";
import { DEFAULT_FOLLOW_UP_MINUTES } from "./follow-up";

export interface FollowUpEventOptions {
  /** Local time like "14:30" for a timed event; left out, an all-day event. */
  time?: string;
  /** Length of a timed event; 30 minutes if left out. */
  durationMinutes?: number;
  /** Replaces the neutral "Catch up with {label}". */
  title?: string;
  /** Added only when given: nothing is written in the event by default. */
  description?: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function dayParts(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

export function followUpTitle(peer: Pick<PeerCheckIn, "colleague">): string {
  return `Catch up with ${peer.colleague}`;
}

/**
 * The .ics text for the follow-up day, or null when there is no follow-up date or the
 * time is not a real time. Each follow-up gets its own event id, so moving the date
 * updates that event in a calendar, and the next follow-up is a new event.
 */
export function followUpEvent(
  peer: Pick<PeerCheckIn, "id" | "colleague" | "followUpOn" | "followUps">,
  options: FollowUpEventOptions = {},
): string | null {
  if (!peer.followUpOn) return null;
  const day = parseISO(peer.followUpOn);
  if (Number.isNaN(day.getTime())) return null;
  const time = options.time === undefined ? null : TIME.exec(options.time);
  if (options.time !== undefined && !time) return null;

  const when: Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> &
    ({ end: DateArray } | { duration: { minutes: number } }) = time
    ? {
        start: [...dayParts(day), Number(time[1]), Number(time[2])],
        // Floating local time: the catch-up is at 2pm wherever the calendar is.
        startInputType: "local",
        startOutputType: "local",
        duration: { minutes: options.durationMinutes ?? DEFAULT_FOLLOW_UP_MINUTES },
      }
    : { start: dayParts(day), end: dayParts(addDays(day, 1)) };

  const file = calendarFile({
    ...when,
    title: options.title?.trim() || followUpTitle(peer),
    ...(options.description ? { description: options.description } : {}),
    uid: `${peer.id}-${peer.followUps.length}@follow-up.invalid`,
    // Shown as free time: a catch-up should never block a diary or say more than it needs to.
    busyStatus: "FREE",
    transp: "TRANSPARENT",
  });
  if (!file.ok) throw new Error(file.message);
  return file.ics;
}
