// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { saveCheckIn } from "../db/check-ins";
import { DB_NAME, getDb } from "../db/database";
import { forgetLock, turnOnLock } from "../db/lock";
import { readReminderNotify, saveReminderNotify } from "../db/reminder-notify";
import { REMINDER_NOTIFY_META_KEY, type NotifyPlan } from "../domain/reminders/notify";
import { resetDb } from "../testing/db";
import { makeCheckIn } from "../testing/records";
import { APP_DB_NAME, claimReminderNotification, openAppDb } from "./reminder-store";

const plan: NotifyPlan = { rhythm: "daily", time: "18:00", startOn: "2026-11-23" };
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes);

describe("what the service worker reads from the app's database", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("opens the database the app makes, by the same name", () => {
    expect(APP_DB_NAME).toBe(DB_NAME);
  });

  it("never makes a database when the app has not made one", async () => {
    expect(await openAppDb()).toBeNull();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(DB_NAME);
  });

  it("shows nothing, and writes nothing, when notifications are off", async () => {
    await getDb().open();
    expect(await claimReminderNotification(at(23, 19))).toEqual({
      show: false,
      reason: "no-plan",
    });
    expect(await getDb().meta.get(REMINDER_NOTIFY_META_KEY)).toBeUndefined();
  });

  it("reads the plan the app wrote, and records the reminder time it shows", async () => {
    await saveReminderNotify(plan);
    const decision = await claimReminderNotification(at(23, 19));
    expect(decision).toEqual({ show: true, occurrence: at(23, 18).toISOString() });
    expect(await readReminderNotify()).toEqual({
      ...plan,
      lastShownFor: at(23, 18).toISOString(),
    });
    // Woken again for the same time: nothing more.
    expect(await claimReminderNotification(at(23, 21))).toEqual({
      show: false,
      reason: "already-shown",
    });
    expect(await claimReminderNotification(at(24, 18, 30))).toMatchObject({ show: true });
  });

  it("sees the newest check-in, and shows nothing once it is after the reminder time", async () => {
    await saveReminderNotify(plan);
    await saveCheckIn(makeCheckIn({ id: "old", createdAt: at(22, 9).toISOString() }));
    await saveCheckIn(makeCheckIn({ id: "new", createdAt: at(23, 18, 20).toISOString() }));
    await saveCheckIn(makeCheckIn({ id: "older", createdAt: at(20, 9).toISOString() }));
    expect(await claimReminderNotification(at(23, 19))).toEqual({
      show: false,
      reason: "checked-in",
    });
    expect((await readReminderNotify())?.lastShownFor).toBeUndefined();
  });

  it("a check-in from before the reminder time does not stop it", async () => {
    await saveReminderNotify(plan);
    await saveCheckIn(makeCheckIn({ id: "morning", createdAt: at(23, 9).toISOString() }));
    expect(await claimReminderNotification(at(23, 19))).toMatchObject({ show: true });
  });

  it("still works while the app is locked: the plan and check-in times stay readable", async () => {
    await saveReminderNotify(plan);
    await turnOnLock("a long passphrase", 1_000);
    await saveCheckIn(makeCheckIn({ id: "sealed", createdAt: at(23, 18, 20).toISOString() }));
    forgetLock();
    expect(await claimReminderNotification(at(23, 19))).toEqual({
      show: false,
      reason: "checked-in",
    });
    expect(await claimReminderNotification(at(24, 18, 5))).toMatchObject({ show: true });
  });

  it("does not hold up the app when it upgrades the database", async () => {
    await saveReminderNotify(plan);
    const db = await openAppDb();
    expect(db).not.toBeNull();
    getDb().close();
    const upgrade = indexedDB.open(DB_NAME, db!.version + 1);
    await new Promise((resolve, reject) => {
      upgrade.onsuccess = () => resolve(upgrade.result.close());
      upgrade.onerror = () => reject(upgrade.error);
      upgrade.onblocked = () => reject(new Error("blocked by the worker's connection"));
    });
  });
});
