/// <reference lib="webworker" />
/**
 * The service worker. It does what the generated one did (precache the build, drop
 * outdated caches, serve index.html for every navigation, wait to be told before taking
 * over) and one thing more: when the phone wakes it for a reminder, it may show a
 * neutral notification (see src/domain/reminders/notify.ts for the rule).
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import {
  REMINDER_NOTIFICATION,
  REMINDER_NOTIFY_TAG,
  type PeriodicSyncManager,
} from "../domain/reminders/notify";
import { claimReminderNotification } from "./reminder-store";

declare const self: ServiceWorkerGlobalScope & {
  registration: ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager };
};

/** Chromium's Periodic Background Sync event (not yet in TypeScript's WebWorker types). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// The page asks the waiting worker to take over once the person chooses "Update now".
self.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html")));

/** Stop asking the phone to wake the app. */
async function stopWakeUps(): Promise<void> {
  await self.registration.periodicSync?.unregister(REMINDER_NOTIFY_TAG).catch(() => undefined);
}

async function remindIfDue(): Promise<void> {
  // Permission taken back in the phone's settings: nothing can be shown, so the wake-ups
  // stop (nothing is marked as shown; turning notifications on again starts afresh).
  if (Notification.permission !== "granted") return stopWakeUps();
  const decision = await claimReminderNotification(new Date());
  if (decision.show) {
    await self.registration.showNotification(REMINDER_NOTIFICATION.title, {
      body: REMINDER_NOTIFICATION.body,
      tag: REMINDER_NOTIFY_TAG,
    });
  } else if (decision.reason === "no-plan") {
    // Turned off, or everything deleted.
    await stopWakeUps();
  }
}

self.addEventListener("periodicsync", (event) => {
  const sync = event as PeriodicSyncEvent;
  if (sync.tag === REMINDER_NOTIFY_TAG) sync.waitUntil(remindIfDue());
});

async function openApp(): Promise<void> {
  // Only this app's own windows are listed.
  const [open] = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  if (open) {
    await open.focus();
    return;
  }
  await self.clients.openWindow("/");
}

self.addEventListener("notificationclick", (event) => {
  if (event.notification.tag !== REMINDER_NOTIFY_TAG) return;
  event.notification.close();
  event.waitUntil(openApp());
});
