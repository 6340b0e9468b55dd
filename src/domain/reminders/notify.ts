/**
 * Reminder notifications, decided by the service worker when the phone wakes it (Periodic
 * Background Sync). The rule lives here, once, so the worker and the tests use the same
 * one. No zod: the worker stays small.
 */
import { isCheckInDue, latestOccurrence, RHYTHM_DAYS, type ReminderTiming } from "./reminder";

/** The periodic sync tag, and the notification tag (a new one replaces the last). */
export const REMINDER_NOTIFY_TAG = "hcw-reminder";

export { REMINDER_NOTIFY_META_KEY } from "./keys";

const HOUR = 60 * 60 * 1000;

/** How often we ask the phone to wake the app. The phone may wake it far less often. */
export const REMINDER_NOTIFY_MIN_INTERVAL = 12 * HOUR;

/** A reminder time older than this is let go: a day-late nudge helps nobody. */
export const REMINDER_NOTIFY_STALE_AFTER = 24 * HOUR;

/**
 * What a lock screen shows. Fixed and neutral: nothing about wellbeing, stress, check-ins
 * or what the app is for.
 */
export const REMINDER_NOTIFICATION = {
  title: "A moment for you",
  body: "Open when it suits you.",
} as const;

/** The clear row in `meta`: when reminders fall, and the reminder time last shown. */
export interface NotifyPlan extends ReminderTiming {
  /** ISO time of the reminder time a notification was last shown for. */
  lastShownFor?: string;
}

export type NotifyDecision =
  | { show: true; occurrence: string }
  | {
      show: false;
      reason: "no-plan" | "not-yet" | "checked-in" | "already-shown" | "stale";
    };

/**
 * Show a notification when a reminder time has passed, there has been no check-in since,
 * none was shown for that time yet, and the time is less than a day old.
 */
export function decideReminderNotification(
  plan: NotifyPlan | null,
  lastCheckInAt: string | null,
  now: Date,
): NotifyDecision {
  if (!plan) return { show: false, reason: "no-plan" };
  const latest = latestOccurrence(plan, now);
  if (!latest) return { show: false, reason: "not-yet" };
  if (!isCheckInDue(plan, lastCheckInAt, now)) return { show: false, reason: "checked-in" };
  const occurrence = latest.toISOString();
  if (plan.lastShownFor === occurrence) return { show: false, reason: "already-shown" };
  if (now.getTime() - latest.getTime() > REMINDER_NOTIFY_STALE_AFTER) {
    return { show: false, reason: "stale" };
  }
  return { show: true, occurrence };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a stored row without zod (the worker's bundle stays small); null if it is not one. */
export function parseNotifyPlan(value: unknown): NotifyPlan | null {
  if (typeof value !== "object" || value === null) return null;
  const row = value as Record<string, unknown>;
  const { rhythm, time, startOn, lastShownFor } = row;
  if (typeof rhythm !== "string" || !Object.hasOwn(RHYTHM_DAYS, rhythm)) return null;
  if (typeof time !== "string" || !TIME.test(time)) return null;
  if (typeof startOn !== "string" || !DAY.test(startOn)) return null;
  const plan: NotifyPlan = { rhythm: rhythm as NotifyPlan["rhythm"], time, startOn };
  if (typeof lastShownFor === "string") plan.lastShownFor = lastShownFor;
  return plan;
}

/** The plan for a reminder: a changed time starts afresh, the same one keeps what was shown. */
export function planFor(timing: ReminderTiming, previous: NotifyPlan | null): NotifyPlan {
  const plan: NotifyPlan = { rhythm: timing.rhythm, time: timing.time, startOn: timing.startOn };
  const same =
    previous?.rhythm === plan.rhythm &&
    previous.time === plan.time &&
    previous.startOn === plan.startOn;
  if (same && previous.lastShownFor) plan.lastShownFor = previous.lastShownFor;
  return plan;
}

/** The browser's periodic sync (Chromium only; not yet in TypeScript's DOM types). */
export interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}
