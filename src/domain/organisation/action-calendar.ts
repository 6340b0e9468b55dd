/**
 * A calendar file (.ics) for a key action's review day: an all-day event, shown as free
 * time. Its own module, so the `ics` library loads only when someone asks for the file.
 */
import { calendarFile, type CalendarResult } from "../calendar/calendar-file";
import { isReviewDay } from "./days";

interface ReviewedAction {
  readonly id: string;
  readonly title: string;
  readonly reviewOn?: string | null;
}

export function actionReviewTitle(action: Pick<ReviewedAction, "title">): string {
  return `Review key action: ${action.title.trim()}`;
}

const parts = (day: string) => day.split("-").map(Number) as [number, number, number];

function nextDay(day: string): [number, number, number] {
  const [year, month, date] = parts(day);
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * One event per action and review day: moving the date makes a new event id, so a
 * calendar keeps the old one until it is deleted there, rather than guessing.
 */
export function actionReviewEvent(action: ReviewedAction): CalendarResult {
  if (!action.reviewOn || !isReviewDay(action.reviewOn)) {
    return { ok: false, message: "Please choose a review date first." };
  }
  return calendarFile({
    uid: `${action.id}-review-${action.reviewOn}@actions.invalid`,
    title: actionReviewTitle(action),
    start: parts(action.reviewOn),
    end: nextDay(action.reviewOn),
    busyStatus: "FREE",
    transp: "TRANSPARENT",
  });
}

/** A file name from the title: letters, digits and dashes only. */
export function actionReviewFileName(action: Pick<ReviewedAction, "title">): string {
  const slug = action.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${slug || "key-action"}-review.ics`;
}
