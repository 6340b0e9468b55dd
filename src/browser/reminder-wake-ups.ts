/**
 * The browser side of reminder notifications: the service worker's wake-ups (Periodic
 * Background Sync) and any reminder on screen. Shared by Settings (turning them off)
 * and "delete all" (nothing of the app may go on waking up after it).
 */
import { REMINDER_NOTIFY_TAG, type PeriodicSyncManager } from "../domain/reminders/notify";

export type WithPeriodicSync = ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };

/** The app's service worker registration, with periodic sync where the browser has it. */
export async function appRegistration(): Promise<WithPeriodicSync | undefined> {
  if (!("serviceWorker" in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) as WithPeriodicSync | undefined;
}

/** Stops the wake-ups and closes any reminder on screen. Never throws. */
export async function stopReminderWakeUps(): Promise<void> {
  try {
    const registration = await appRegistration();
    await registration?.periodicSync?.unregister(REMINDER_NOTIFY_TAG);
    const shown = (await registration?.getNotifications({ tag: REMINDER_NOTIFY_TAG })) ?? [];
    for (const notification of shown) notification.close();
  } catch {
    // Without the stored plan the worker shows nothing and stops the wake-ups itself.
  }
}
