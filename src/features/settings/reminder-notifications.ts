/**
 * Reminder notifications on this device, where the browser can wake an installed app by
 * itself (Periodic Background Sync: Chromium only). The service worker decides when to
 * show one (src/sw/sw.ts); this turns the wake-ups on and off.
 */
import {
  readReminderNotify,
  removeReminderNotify,
  saveReminderNotify,
} from "../../db/reminder-notify";
import { appRegistration, stopReminderWakeUps } from "../../browser/reminder-wake-ups";
import {
  REMINDER_NOTIFY_MIN_INTERVAL,
  REMINDER_NOTIFY_TAG,
  type PeriodicSyncManager,
} from "../../domain/reminders/notify";
import type { ReminderTiming } from "../../domain/reminders/reminder";

/** Whether this browser could show reminders by itself at all. */
export function canNotifyHere(): boolean {
  return (
    typeof navigator !== "undefined" &&
    "serviceWorker" in navigator &&
    "Notification" in globalThis &&
    typeof ServiceWorkerRegistration !== "undefined" &&
    "periodicSync" in ServiceWorkerRegistration.prototype
  );
}

async function periodicSync(): Promise<PeriodicSyncManager | null> {
  const registration = await appRegistration();
  return registration?.active ? (registration.periodicSync ?? null) : null;
}

/** On only when all three hold: the plan is kept, the phone will wake the app, and it may notify. */
export async function notificationsAreOn(): Promise<boolean> {
  if (!canNotifyHere() || Notification.permission !== "granted") return false;
  const sync = await periodicSync();
  if (!sync || !(await readReminderNotify())) return false;
  return (await sync.getTags()).includes(REMINDER_NOTIFY_TAG);
}

export type TurnOnOutcome =
  /** Notifications are on. */
  | "on"
  /** The person, or the browser, said no to notifications. */
  | "denied"
  /** The offline worker is not running yet (first visit). */
  | "not-ready"
  /** The phone will not wake the app: usually because it is not installed. */
  | "no-wake";

/**
 * Asks for permission (call it straight from the tap: browsers ask only then), then asks
 * the phone to wake the app now and then. Any refusal changes nothing that we keep.
 */
export async function turnOnNotifications(timing: ReminderTiming): Promise<TurnOnOutcome> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return "denied";
  const sync = await periodicSync();
  if (!sync) return "not-ready";
  try {
    const status = await navigator.permissions.query({
      name: "periodic-background-sync" as PermissionName,
    });
    if (status.state !== "granted") return "no-wake";
  } catch {
    // Some browsers cannot answer this question: registering tells us instead.
  }
  try {
    await sync.register(REMINDER_NOTIFY_TAG, { minInterval: REMINDER_NOTIFY_MIN_INTERVAL });
  } catch {
    return "no-wake";
  }
  try {
    await saveReminderNotify(timing);
  } catch (problem) {
    await sync.unregister(REMINDER_NOTIFY_TAG).catch(() => undefined);
    throw problem;
  }
  return "on";
}

/**
 * Stops the wake-ups, clears any reminder on screen and forgets the plan. Safe to call
 * anywhere, even where notifications were never possible.
 */
export async function turnOffNotifications(): Promise<void> {
  await stopReminderWakeUps();
  await removeReminderNotify();
}
