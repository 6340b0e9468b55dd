// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyBackupData, makeBackup, readBackup, type BackupData } from "../domain/backup";
import { DATE_TOLERANCE_MS } from "../domain/backup/trusted-dates";
import type { Meta } from "../domain/records";
import { resetDb, seedTables, snapshotTables } from "../testing/db";
import { makeCheckIn, makeEveryRecord } from "../testing/records";
import { applyRestore, exportAllData, previewRestore, type RestoreMode } from "./backup";
import { getCheckIn } from "./check-ins";
import { getDb } from "./database";
import {
  LOCK_META,
  WRONG_TRIES_META,
  forgetLock,
  lockNow,
  turnOnLock,
  unlock,
  waitBeforeNextTry,
} from "./lock";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const SAVED = "2026-11-20T18:30:00.000Z";
const RESTORE = "tests/fixtures/backups/restore";
const MODES: RestoreMode[] = ["merge", "replace"];

/** Every kind of device-only detail, plus one the app does not know yet. */
const DEVICE_DETAILS: Meta[] = [
  {
    key: LOCK_META,
    value: { kdf: "PBKDF2-SHA256", iterations: 1, salt: "x", iv: "y", wrapped: "z" },
  },
  { key: WRONG_TRIES_META, value: { count: 60, at: SAVED } },
  { key: "storagePersistence", value: "granted" },
  { key: "reminderNotify", value: { rhythm: "daily", time: "03:00", startOn: "2026-11-01" } },
  { key: "lockOffered", value: SAVED },
  { key: "somethingNewLater", value: 1 },
];

/**
 * This device, locked for real (its key box and key in memory), with `data` and a
 * wrong-tries row and the browser's answer: returns its lock rows as stored.
 */
async function lockedDevice(data: BackupData): Promise<(Meta | undefined)[]> {
  await seedTables(data, DEVICE_DETAILS.slice(1, 3));
  await turnOnLock("this device", 1_000);
  return getDb().meta.bulkGet([LOCK_META, WRONG_TRIES_META]);
}

async function readFile(text: string): Promise<BackupData> {
  const read = await readBackup(text);
  if (!read.ok) throw new Error(read.problem.message);
  return read.backup.data;
}

beforeEach(async () => {
  forgetLock();
  await resetDb();
});

describe("a backup never carries device-only details", () => {
  it("leaves out the lock's key box, wrong tries and every detail not known to travel", async () => {
    await seedTables(makeEveryRecord(), DEVICE_DETAILS);
    const keys = (await exportAllData()).meta.map((row) => row.key).sort();
    expect(keys).toEqual(["lastBackupAt", "welcomeSeen"]);
  });
});

describe("a restore never touches this device's lock", () => {
  it.each(MODES)(
    "%s: a locked device's backup restored into another locked device keeps this device's passcode and records",
    async (mode) => {
      // The other device: its own lock, key box and wrong tries, all in its backup's meta.
      await getDb().checkIns.put(makeCheckIn({ id: "theirs", note: "From the other phone" }));
      await turnOnLock("their passcode", 1_000);
      await getDb().meta.put({
        key: WRONG_TRIES_META,
        value: { count: 60, at: NOW.toISOString() },
      });
      // As an older release wrote it: every meta row, the key box too.
      const theirs = { ...(await exportAllData()), meta: await getDb().meta.toArray() };
      expect(theirs.meta.map((row) => row.key)).toContain(LOCK_META);
      forgetLock();
      await resetDb();

      // This device, with its own lock.
      await getDb().checkIns.put(makeCheckIn({ id: "mine", note: "From this phone" }));
      await turnOnLock("my own passcode", 1_000);
      const box = await getDb().meta.get(LOCK_META);
      await applyRestore(theirs, mode, { exportedAt: NOW.toISOString(), now: NOW });

      expect(await getDb().meta.get(LOCK_META)).toEqual(box);
      lockNow();
      expect(await waitBeforeNextTry()).toBe(0);
      await expect(unlock("their passcode")).rejects.toThrow("That passcode did not work.");
      await unlock("my own passcode");
      expect((await getCheckIn("theirs"))?.note).toBe("From the other phone");
      if (mode === "merge") expect((await getCheckIn("mine"))?.note).toBe("From this phone");
    },
  );

  it.each(MODES)("%s: a file holding only lock details changes nothing at all", async (mode) => {
    // With the browser's answer already stored, a restore asks nothing and writes nothing.
    const lockRows = await lockedDevice(makeEveryRecord());
    const before = await snapshotTables();
    const data = { ...emptyBackupData(), meta: DEVICE_DETAILS };
    const file = await readFile(await makeBackup(data, { now: NOW }));
    const preview = await previewRestore(file, { exportedAt: SAVED, now: NOW });
    expect(preview.deviceDetails).toBe(DEVICE_DETAILS.length);
    expect(preview.tables.meta).toMatchObject({ inFile: 0, new: 0, updated: 0 });
    if (mode === "merge") {
      await applyRestore(file, mode, { exportedAt: SAVED, now: NOW });
      expect(await snapshotTables()).toStrictEqual(before);
    } else {
      await applyRestore(file, mode, { exportedAt: SAVED, now: NOW });
      expect(await getDb().meta.bulkGet([LOCK_META, WRONG_TRIES_META])).toEqual(lockRows);
    }
  });
});

describe("dates later than the file was saved, or than now", () => {
  const here = makeCheckIn({ id: "a", note: "edited here", updatedAt: "2026-11-05T09:00:00.000Z" });

  it.each(MODES)("%s: a far-future record never replaces a newer one here", async (mode) => {
    await seedTables({ ...emptyBackupData(), checkIns: [here] }, []);
    const future = makeCheckIn({
      id: "a",
      note: "year 9999",
      updatedAt: "9999-12-31T00:00:00.000Z",
    });
    const file = { ...emptyBackupData(), checkIns: [future] };
    const preview = await previewRestore(file, { exportedAt: SAVED, now: NOW });
    expect(preview.tables.checkIns).toMatchObject({ inFile: 0, updated: 0, tooLate: 1 });
    await applyRestore(file, mode, { exportedAt: SAVED, now: NOW });
    expect((await getCheckIn("a"))?.note).toBe("edited here");
  });

  it("trusts a file's saved time only up to now, and allows a few minutes of clock difference", async () => {
    const within = new Date(NOW.getTime() + DATE_TOLERANCE_MS - 1_000).toISOString();
    const beyond = new Date(NOW.getTime() + DATE_TOLERANCE_MS + 1_000).toISOString();
    const file = {
      ...emptyBackupData(),
      checkIns: [
        makeCheckIn({ id: "ok", createdAt: within, updatedAt: within }),
        makeCheckIn({ id: "late", createdAt: beyond, updatedAt: beyond }),
      ],
    };
    await applyRestore(file, "merge", { exportedAt: "9999-01-01T00:00:00.000Z", now: NOW });
    expect((await getDb().checkIns.toArray()).map((row) => row.id)).toEqual(["ok"]);
  });

  it("lists each record a merge would overwrite, with its dates", async () => {
    await seedTables({ ...emptyBackupData(), checkIns: [here] }, []);
    const newer = makeCheckIn({ id: "a", note: "newer", updatedAt: "2026-11-06T09:00:00.000Z" });
    const preview = await previewRestore(
      { ...emptyBackupData(), checkIns: [newer] },
      { exportedAt: SAVED, now: NOW },
    );
    expect(preview.tables.checkIns.replaced).toEqual([
      {
        key: "a",
        createdAt: here.createdAt,
        hereChanged: "2026-11-05T09:00:00.000Z",
        fileChanged: "2026-11-06T09:00:00.000Z",
      },
    ]);
  });
});

describe("the restore corpus: files that read fine but must not change this device's own state", () => {
  const expected = JSON.parse(readFileSync(join(RESTORE, "expected.json"), "utf8")) as Record<
    string,
    { why: string; deviceDetails: number; tooLate: number }
  >;
  const cases = Object.entries(expected).flatMap(([file, want]) =>
    MODES.map((mode) => [file, mode, want] as const),
  );
  const device = {
    ...emptyBackupData(),
    checkIns: [here()],
    meta: [{ key: "lastBackupAt", value: "2026-11-20T08:00:00.000Z" }],
  };
  function here() {
    return makeCheckIn({ id: "a", note: "edited here", updatedAt: "2026-11-05T09:00:00.000Z" });
  }

  it.each(cases)("%s (%s)", async (name, mode, want) => {
    const lockRows = await lockedDevice(device);
    const text = readFileSync(join(RESTORE, name), "utf8");
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem.message);
    const dates = { exportedAt: read.backup.exportedAt, now: NOW };
    const preview = await previewRestore(read.backup.data, dates);
    const tooLate = Object.values(preview.tables).reduce((sum, table) => sum + table.tooLate, 0);
    expect({ deviceDetails: preview.deviceDetails, tooLate }).toEqual({
      deviceDetails: want.deviceDetails,
      tooLate: want.tooLate,
    });
    await applyRestore(read.backup.data, mode, dates);
    const db = getDb();
    expect(await db.meta.bulkGet([LOCK_META, WRONG_TRIES_META])).toEqual(lockRows);
    if (mode === "merge") expect((await db.checkIns.get("a"))?.note).toBe("edited here");
    const last = (await db.meta.get("lastBackupAt"))?.value;
    if (last !== undefined) expect(Date.parse(String(last))).toBeLessThanOrEqual(NOW.getTime());
    for (const row of await db.checkIns.toArray()) {
      expect(Date.parse(row.updatedAt)).toBeLessThanOrEqual(NOW.getTime() + DATE_TOLERANCE_MS);
    }
  });
});
