/**
 * The service worker's small window on the app's database, in plain IndexedDB (Dexie
 * stays out of the worker). It reads two things that stay in clear even when the app is
 * locked: the reminder plan in `meta` (never sealed) and the newest check-in's
 * `createdAt` (an index, so never sealed). Nothing personal is read.
 */
import {
  decideReminderNotification,
  parseNotifyPlan,
  REMINDER_NOTIFY_META_KEY,
  type NotifyDecision,
} from "../domain/reminders/notify";

/** The app's database (DB_NAME in src/db/database.ts; a test keeps the two equal). */
export const APP_DB_NAME = "healing-centred-wellbeing";

/**
 * Opens the database at whatever version it is, or null when the app has never made it.
 * Opening without a version would otherwise create an empty database the app then has to
 * upgrade: the worker never creates anything.
 */
export function openAppDb(
  factory: IDBFactory = indexedDB,
  name: string = APP_DB_NAME,
): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let creating = false;
    request.onupgradeneeded = () => {
      creating = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never hold up the app when it upgrades its schema.
      db.onversionchange = () => db.close();
      if (db.objectStoreNames.contains("meta") && db.objectStoreNames.contains("checkIns")) {
        resolve(db);
      } else {
        db.close();
        resolve(null);
      }
    };
    request.onerror = (event) => {
      if (creating) {
        event.preventDefault();
        resolve(null);
      } else {
        reject(request.error ?? new Error("Could not open the database."));
      }
    };
  });
}

/**
 * Decides whether to show a reminder now and, if so, records the reminder time as shown
 * in the same transaction, before the notification goes up: two wake-ups at once can
 * never show two.
 */
export async function claimReminderNotification(
  now: Date,
  factory: IDBFactory = indexedDB,
  name: string = APP_DB_NAME,
): Promise<NotifyDecision> {
  const db = await openAppDb(factory, name);
  if (!db) return { show: false, reason: "no-plan" };
  try {
    return await new Promise<NotifyDecision>((resolve, reject) => {
      const tx = db.transaction(["meta", "checkIns"], "readwrite");
      const meta = tx.objectStore("meta");
      let decision: NotifyDecision = { show: false, reason: "no-plan" };
      let row: { key: string; value: unknown } | undefined;

      meta.get(REMINDER_NOTIFY_META_KEY).onsuccess = (event) => {
        row = (event.target as IDBRequest<{ key: string; value: unknown } | undefined>).result;
      };
      // Requests in one transaction finish in order, so the row has been read by now.
      const newest = tx.objectStore("checkIns").index("createdAt").openKeyCursor(null, "prev");
      newest.onsuccess = () => {
        const key = newest.result?.key;
        const lastCheckInAt = typeof key === "string" ? key : null;
        decision = decideReminderNotification(parseNotifyPlan(row?.value), lastCheckInAt, now);
        if (decision.show && row) {
          const value = { ...(row.value as object), lastShownFor: decision.occurrence };
          meta.put({ ...row, value });
        }
      };
      tx.oncomplete = () => resolve(decision);
      tx.onabort = () => reject(tx.error ?? new Error("The reminder check was cut short."));
    });
  } finally {
    db.close();
  }
}
