// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { REMINDER_NOTIFY_META_KEY } from "../domain/reminders/notify";
import { resetDb } from "../testing/db";
import { deleteAllData } from "./backup";
import { getDb } from "./database";
import {
  followReminder,
  readReminderNotify,
  removeReminderNotify,
  saveReminder,
  saveReminderNotify,
} from "./reminder-notify";

const weekly = { rhythm: "weekly", time: "18:00", startOn: "2026-11-23" } as const;

describe("the reminder plan kept for notifications", () => {
  beforeEach(resetDb);

  it("holds only when reminders fall, nothing else about the reminder", async () => {
    await saveReminderNotify({ ...weekly, title: "Tea and a think" } as typeof weekly);
    expect((await getDb().meta.get(REMINDER_NOTIFY_META_KEY))?.value).toEqual(weekly);
  });

  it("saving a reminder never turns notifications on", async () => {
    await followReminder(weekly);
    expect(await readReminderNotify()).toBeNull();
    await saveReminder({ ...weekly, title: "Tea" });
    expect(await readReminderNotify()).toBeNull();
    expect((await getDb().settings.get("reminder"))?.value).toEqual({ ...weekly, title: "Tea" });
  });

  it("saving a reminder moves the notifications to its time, in the same write", async () => {
    await saveReminderNotify(weekly);
    await saveReminder({ ...weekly, rhythm: "daily", title: "Tea" });
    expect(await readReminderNotify()).toEqual({ ...weekly, rhythm: "daily" });
  });

  it("follows a new time, and starts afresh for it", async () => {
    await getDb().meta.put({
      key: REMINDER_NOTIFY_META_KEY,
      value: { ...weekly, lastShownFor: "2026-11-23T18:00:00.000Z" },
    });
    await followReminder({ ...weekly, time: "08:00" });
    expect(await readReminderNotify()).toEqual({ ...weekly, time: "08:00" });
  });

  it("goes when the reminder is turned off, or notifications are", async () => {
    await saveReminderNotify(weekly);
    await followReminder(null);
    expect(await readReminderNotify()).toBeNull();
    await saveReminderNotify(weekly);
    await removeReminderNotify();
    expect(await readReminderNotify()).toBeNull();
  });

  it("goes with everything else when all data is deleted", async () => {
    await saveReminderNotify(weekly);
    await deleteAllData();
    expect(await readReminderNotify()).toBeNull();
  });
});
