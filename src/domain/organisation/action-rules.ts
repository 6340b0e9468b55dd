/**
 * Rules for an organisation's key actions: when one is due for a look, the order they are
 * listed in, and progress notes newest first. Pure: the screens and tests share them.
 * Days are plain "YYYY-MM-DD" strings, so comparing them as text compares the days.
 */
import { isReviewDay } from "./days";
import type { ActionStatus } from "./limits";

/** The pledge asks for two key actions for the next twelve months; more are welcome. */
export const SUGGESTED_ACTION_COUNT = 2;

/** Days before a review date that an action shows as "review soon". */
export const REVIEW_SOON_DAYS = 14;

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  "not-started": "Not started yet",
  "in-progress": "Under way",
  done: "Done",
  stopped: "Stopped",
};

export type ReviewState = "due" | "soon" | "later" | "none";

interface Reviewable {
  readonly reviewOn?: string | null;
  readonly status: ActionStatus;
}

function addDaysTo(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  return moved.toISOString().slice(0, 10);
}

/**
 * Where an action stands against its review date: due on the day and after, "soon" in
 * the two weeks before. A finished or stopped action is never due: there is nothing left to look at.
 */
export function reviewState(action: Reviewable, today: string): ReviewState {
  if (isClosed(action) || !action.reviewOn || !isReviewDay(action.reviewOn)) {
    return "none";
  }
  if (action.reviewOn <= today) return "due";
  if (action.reviewOn <= addDaysTo(today, REVIEW_SOON_DAYS)) return "soon";
  return "later";
}

/** Done or stopped: listed last and never due for review. */
export function isClosed(action: Pick<Reviewable, "status">): boolean {
  return action.status === "done" || action.status === "stopped";
}

const STATE_ORDER: Record<ReviewState, number> = { due: 0, soon: 1, later: 2, none: 3 };

/**
 * The list order: actions due for a look first, then by review date (soonest first),
 * done and stopped ones last. Ties keep the order given (oldest first as stored).
 */
export function actionsInOrder<T extends Reviewable>(actions: readonly T[], today: string): T[] {
  return actions
    .map((action, index) => ({ action, index, state: reviewState(action, today) }))
    .sort(
      (a, b) =>
        Number(isClosed(a.action)) - Number(isClosed(b.action)) ||
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        (a.action.reviewOn ?? "").localeCompare(b.action.reviewOn ?? "") ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

/**
 * Progress notes newest first: by the day they are about; notes about the same day keep
 * the newest written (the later in the list) first.
 */
export function progressNewestFirst<T extends { readonly on: string }>(updates: readonly T[]): T[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.on.localeCompare(a.update.on) || b.index - a.index)
    .map(({ update }) => update);
}

/** A first review three months after the start: soon enough to change course. */
export function suggestedReviewOn(startOn: string): string {
  const [year, month, date] = startOn.split("-").map(Number) as [number, number, number];
  const review = new Date(Date.UTC(year, month - 1 + 3, 1));
  // Keep the day of the month, or the month's last day (30 November, not 1 December).
  const lastDay = new Date(Date.UTC(review.getUTCFullYear(), review.getUTCMonth() + 1, 0));
  review.setUTCDate(Math.min(date, lastDay.getUTCDate()));
  return review.toISOString().slice(0, 10);
}

/** Why the dates cannot be saved as they are, or null when they are fine. */
export function actionDatesProblem(startOn: string, reviewOn: string): string | null {
  if (!isReviewDay(startOn)) return "Enter a start date, like 1 January 2027.";
  if (!isReviewDay(reviewOn)) return "Enter a review date, like 1 April 2027.";
  if (reviewOn < startOn) return "The review date needs to be on or after the start date.";
  return null;
}

/** A kind nudge towards two key actions, or null once there are two or more. */
export function actionCountNudge(count: number): string | null {
  if (count >= SUGGESTED_ACTION_COUNT) return null;
  if (count === 0) return "Most teams start with two key actions for the next twelve months.";
  return "You have one key action. Most teams choose two for the next twelve months.";
}
