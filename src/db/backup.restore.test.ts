// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LAST_BACKUP_META_KEY } from "../domain/backup";
import { canExport } from "../domain/organisation/story-consent";
import {
  makeCheckIn,
  makeEveryRecord,
  makePracticeStory,
  makeSetting,
  makeStoredPack,
  makeWellbeingPlan,
} from "../testing/records";
import { emptyBackupData } from "../domain/backup/constants";
import { applyRestore, deleteAllData, markBackedUp, previewRestore } from "./backup";
import { readBackupStatus } from "./backup-status";
import { readReminderNotify, saveReminderNotify } from "./reminder-notify";
import { DEVICE_ONLY_META, resetDb, seedTables, snapshotTables } from "../testing/db";
import { getDb } from "./database";
import { readPersistenceAnswer } from "./persistence";

describe("merge and replace", () => {
  beforeEach(resetDb);

  const here = {
    ...makeEveryRecord(),
    checkIns: [
      makeCheckIn({ id: "a", note: "edited here", updatedAt: "2026-11-05T09:00:00.000Z" }),
      makeCheckIn({ id: "b", note: "old here" }),
      makeCheckIn({ id: "d", note: "only here" }),
      makeCheckIn({ id: "e" }),
    ],
    settings: [
      makeSetting({ value: { theme: "light" } }),
      makeSetting({ key: "only-here", value: 1 }),
    ],
    contentPacks: [makeStoredPack()],
    meta: [{ key: LAST_BACKUP_META_KEY, value: "2026-11-20T08:00:00.000Z" }],
  };
  const file = {
    ...makeEveryRecord(),
    checkIns: [
      makeCheckIn({ id: "a", note: "old in file" }),
      makeCheckIn({ id: "b", note: "edited in file", updatedAt: "2026-11-06T09:00:00.000Z" }),
      makeCheckIn({ id: "c", createdAt: "2026-11-08T09:00:00.000Z", note: "new in file" }),
      makeCheckIn({ id: "e" }),
    ],
    settings: [makeSetting({ value: { theme: "dark" } })],
    contentPacks: [makeStoredPack({ addedAt: "2026-11-15T09:00:00.000Z" })],
    meta: [
      { key: LAST_BACKUP_META_KEY, value: "2026-11-01T08:00:00.000Z" },
      { key: "storagePersistence", value: "not-granted" },
    ],
  };

  it("merge: the newer updatedAt wins either way, and nothing only here is lost", async () => {
    await seedTables(here);
    const result = await applyRestore(file, "merge");
    const db = getDb();
    const notes = Object.fromEntries((await db.checkIns.toArray()).map((c) => [c.id, c.note]));
    expect(notes).toEqual({
      a: "edited here",
      b: "edited in file",
      c: "new in file",
      d: "only here",
      e: "",
    });
    expect(result.tables.checkIns).toEqual({ written: 2, removed: 0 });
  });

  it("merge: settings come from the file, saved packs and later backup times stay, device details stay", async () => {
    await seedTables(here);
    await applyRestore(file, "merge");
    const db = getDb();
    expect(await db.settings.get("appearance")).toEqual(makeSetting({ value: { theme: "dark" } }));
    expect(await db.settings.get("only-here")).toBeDefined();
    expect((await db.contentPacks.toArray())[0]?.addedAt).toBe(makeStoredPack().addedAt);
    expect((await db.meta.get(LAST_BACKUP_META_KEY))?.value).toBe("2026-11-20T08:00:00.000Z");
    expect(await db.meta.get("storagePersistence")).toEqual(DEVICE_ONLY_META);
  });

  it("replace: the device holds exactly the file's records, plus details about itself", async () => {
    await seedTables(here);
    const result = await applyRestore(file, "replace");
    const db = getDb();
    expect((await db.checkIns.toArray()).map((c) => [c.id, c.note])).toEqual([
      ["a", "old in file"],
      ["b", "edited in file"],
      ["c", "new in file"],
      ["e", ""],
    ]);
    expect(await db.settings.toArray()).toEqual(file.settings);
    expect(await db.meta.toArray()).toEqual([file.meta[0], DEVICE_ONLY_META]);
    expect(result.tables.checkIns).toEqual({ written: 4, removed: 1 });
    expect(result.tables.settings).toEqual({ written: 1, removed: 1 });
  });

  it("preview counts what each choice would do, and changes nothing", async () => {
    await seedTables(here);
    const before = await snapshotTables();
    const preview = await previewRestore(file);
    expect(preview.tables.checkIns).toEqual({
      inFile: 4,
      unfinished: 0,
      new: 1,
      updated: 1,
      unchanged: 1,
      keptHere: 1,
      onlyHere: 1,
      tooLate: 0,
      replaced: [
        {
          key: "b",
          createdAt: makeCheckIn().createdAt,
          hereChanged: makeCheckIn().updatedAt,
          fileChanged: "2026-11-06T09:00:00.000Z",
        },
      ],
    });
    expect(preview.tables.settings).toEqual({
      inFile: 1,
      unfinished: 0,
      new: 0,
      updated: 1,
      unchanged: 0,
      keptHere: 0,
      onlyHere: 1,
      tooLate: 0,
      replaced: [{ key: "appearance" }],
    });
    expect(preview.tables.contentPacks).toEqual({
      inFile: 1,
      unfinished: 0,
      new: 0,
      updated: 0,
      unchanged: 0,
      keptHere: 1,
      onlyHere: 0,
      tooLate: 0,
      replaced: [],
    });
    // The device-only detail in the file is not counted at all.
    expect(preview.tables.meta).toEqual({
      inFile: 1,
      unfinished: 0,
      new: 0,
      updated: 0,
      unchanged: 0,
      keptHere: 1,
      onlyHere: 0,
      tooLate: 0,
      replaced: [],
    });
    expect(preview.deviceDetails).toBe(1);
    expect(preview.tables.peerCheckIns).toMatchObject({ inFile: 2, unchanged: 2 });
    expect(preview.checkIns).toEqual({
      from: "2026-11-01T09:00:00.000Z",
      to: "2026-11-08T09:00:00.000Z",
    });
    expect(await snapshotTables()).toStrictEqual(before);
  });

  it("preview of a file with no check-ins has no date range", async () => {
    const preview = await previewRestore({ ...makeEveryRecord(), checkIns: [] });
    expect(preview.checkIns).toBeNull();
    expect(preview.tables.planActions).toMatchObject({ inFile: 2, new: 2, onlyHere: 0 });
  });
});

describe("my wellbeing plan in a merge", () => {
  beforeEach(resetDb);

  it("keeps this device's plan as a copy before a newer plan from the file replaces it", async () => {
    const mine = makeWellbeingPlan({ parts: { keepsMeWell: "Words only on this device." } });
    const newer = makeWellbeingPlan({
      updatedAt: "2026-11-20T09:00:00.000Z",
      parts: { keepsMeWell: "Newer words from the file." },
    });
    await seedTables({ ...emptyBackupData(), wellbeingPlans: [mine] });
    await applyRestore({ ...emptyBackupData(), wellbeingPlans: [newer] }, "merge");
    const plans = await getDb().wellbeingPlans.toArray();
    expect(plans.find((plan) => plan.kind === "current")?.parts).toEqual(newer.parts);
    expect(plans.filter((plan) => plan.kind === "version").map((plan) => plan.parts)).toEqual([
      mine.parts,
    ]);
  });

  it("keeps no copy when this device's plan wins, or the file has no plan", async () => {
    const mine = makeWellbeingPlan({ updatedAt: "2026-11-25T09:00:00.000Z" });
    await seedTables({ ...emptyBackupData(), wellbeingPlans: [mine] });
    await applyRestore({ ...emptyBackupData(), wellbeingPlans: [makeWellbeingPlan()] }, "merge");
    await applyRestore(emptyBackupData(), "merge");
    const plans = await getDb().wellbeingPlans.toArray();
    expect(plans).toEqual([mine]);
  });
});

describe("reminder notifications on this device, after a restore", () => {
  beforeEach(resetDb);
  const weekly = { rhythm: "weekly", time: "18:00", startOn: "2026-11-02", title: "Tea" } as const;
  const reminderIn = (value: unknown) => ({
    ...makeEveryRecord(),
    settings: value === null ? [] : [makeSetting({ key: "reminder", value })],
  });

  it("stop when the restored records have no reminder", async () => {
    await getDb().settings.put(makeSetting({ key: "reminder", value: weekly }));
    await saveReminderNotify(weekly);
    await applyRestore(reminderIn(null), "replace");
    expect(await readReminderNotify()).toBeNull();
  });

  it("follow the restored reminder's time, and are never turned on by a restore", async () => {
    await getDb().settings.put(makeSetting({ key: "reminder", value: weekly }));
    await saveReminderNotify(weekly);
    await applyRestore(reminderIn({ ...weekly, rhythm: "daily", time: "07:30" }), "merge");
    expect(await readReminderNotify()).toEqual({
      rhythm: "daily",
      time: "07:30",
      startOn: "2026-11-02",
    });

    await resetDb();
    await applyRestore(reminderIn(weekly), "replace");
    expect(await readReminderNotify()).toBeNull();
  });
});

describe("delete all, and the last backup time", () => {
  beforeEach(resetDb);

  it("delete all clears every table in one transaction and forgets the storage answer", async () => {
    await seedTables(makeEveryRecord());
    expect(await readPersistenceAnswer()).toBe("granted");
    const spy = vi.spyOn(getDb(), "transaction");
    await deleteAllData();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(Object.values(await snapshotTables()).every((rows) => rows.length === 0)).toBe(true);
    expect(await readPersistenceAnswer()).toBeUndefined();
  });

  it("keeps the last backup time and the newest change for the reminder", async () => {
    expect(await readBackupStatus()).toEqual({ lastBackupAt: null, lastChangeAt: null });
    await seedTables({ ...makeEveryRecord(), meta: [] }, []);
    await markBackedUp(new Date("2026-11-20T18:00:00.000Z"));
    expect(await readBackupStatus()).toEqual({
      lastBackupAt: "2026-11-20T18:00:00.000Z",
      lastChangeAt: "2026-11-10T21:15:00.000Z",
    });
  });
});

describe("a story's consent history", () => {
  beforeEach(resetDb);

  const yes = { id: "c1", use: "Shared within the team", given: true, by: "Ali", on: "2027-01-10" };
  const no = { ...yes, id: "c2", given: false, on: "2027-02-01" };

  for (const mode of ["merge", "replace"] as const) {
    it(`is not rolled back by restoring an older file (${mode}): a withdrawal still stands`, async () => {
      const story = makePracticeStory({ id: "s1", detailsRemoved: true });
      await seedTables({
        ...makeEveryRecord(),
        practiceStories: [{ ...story, consents: [yes, no], updatedAt: "2027-02-01T09:00:00.000Z" }],
      });
      // The file is older (merge keeps the device's copy) or replaces it outright.
      const file = {
        ...makeEveryRecord(),
        practiceStories: [{ ...story, consents: [yes], updatedAt: "2027-01-10T09:00:00.000Z" }],
      };
      await applyRestore(file, mode);
      const stored = await getDb().practiceStories.get("s1");
      expect(stored?.consents.map((entry) => entry.id)).toEqual(["c1", "c2"]);
      expect(canExport(stored!, "Shared within the team")).toBe(false);
    });
  }
});
