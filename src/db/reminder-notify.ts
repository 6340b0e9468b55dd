/**
 * The reminder plan the service worker reads to decide on a notification. It sits in
 * `meta`, which is never sealed, so the worker can read it while the app is locked: it
 * holds only the rhythm, time and first day (and the reminder time last shown).
 */
import {
  parseNotifyPlan,
  planFor,
  REMINDER_NOTIFY_META_KEY,
  type NotifyPlan,
} from "../domain/reminders/notify";
import { REMINDER_SETTING } from "../domain/reminders/keys";
import type { Reminder, ReminderTiming } from "../domain/reminders/reminder";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export async function readReminderNotify(): Promise<NotifyPlan | null> {
  return guard(async () =>
    parseNotifyPlan((await getDb().meta.get(REMINDER_NOTIFY_META_KEY))?.value),
  );
}

/** Turns notifications on for this reminder (or keeps them on with its new time). */
export async function saveReminderNotify(timing: ReminderTiming): Promise<void> {
  const db = getDb();
  await guard(() =>
    db.transaction("rw", db.meta, async () => {
      const previous = parseNotifyPlan((await db.meta.get(REMINDER_NOTIFY_META_KEY))?.value);
      await db.meta.put({ key: REMINDER_NOTIFY_META_KEY, value: planFor(timing, previous) });
    }),
  );
}

/**
 * Keeps the plan in step when the reminder is saved again or removed. Does nothing when
 * notifications are off: saving a reminder never turns them on.
 */
export async function followReminder(timing: ReminderTiming | null): Promise<void> {
  const db = getDb();
  await guard(() =>
    db.transaction("rw", db.meta, async () => {
      const row = await db.meta.get(REMINDER_NOTIFY_META_KEY);
      if (!row) return;
      if (!timing) return db.meta.delete(REMINDER_NOTIFY_META_KEY);
      await db.meta.put({
        key: REMINDER_NOTIFY_META_KEY,
        value: planFor(timing, parseNotifyPlan(row.value)),
      });
    }),
  );
}

/**
 * The same, from the reminder stored in settings (after a restore replaced it). Call it
 * inside a transaction over `settings` and `meta`, or on its own.
 */
export async function followStoredReminder(): Promise<void> {
  const db = getDb();
  await guard(() =>
    db.transaction("rw", db.settings, db.meta, async () => {
      const stored = await db.settings.get(REMINDER_SETTING);
      await followReminder(parseNotifyPlan(stored?.value));
    }),
  );
}

/**
 * Saves the reminder and, in the same transaction, keeps this device's notifications in
 * step with its new time (if they are on).
 */
export function saveReminder(reminder: Reminder): Promise<void> {
  return writePersonal(
    (db) => [db.settings, db.meta],
    async () => {
      await getDb().settings.put({ key: REMINDER_SETTING, value: reminder });
      await followStoredReminder();
    },
  );
}

export async function removeReminderNotify(): Promise<void> {
  await guard(() => getDb().meta.delete(REMINDER_NOTIFY_META_KEY));
}
