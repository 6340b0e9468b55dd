// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { defaultPack } from "../content/default-pack";
import { BACKUP_TABLES, LAST_BACKUP_META_KEY, makeBackup, readBackup } from "../domain/backup";
import type { BackupData } from "../domain/backup";
import type { Meta } from "../domain/records";
import { scoreCheckIn } from "../domain/scoring/score";
import { resetDb } from "../testing/db";
import {
  makeCheckIn,
  makeDraft,
  makeMeta,
  makePeerCheckIn,
  makePlanAction,
  makeSetting,
  makeStoredPack,
  makeSupervisionPrep,
} from "../testing/records";
import {
  applyRestore,
  deleteAllData,
  exportAllData,
  markBackedUp,
  previewRestore,
  readBackupStatus,
} from "./backup";
import { PERSONAL_TABLES, getDb } from "./database";
import { StorageProblem } from "./errors";
import { readPersistenceAnswer } from "./persistence";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const FIXTURES = join(process.cwd(), "tests/fixtures/backups");
const DEVICE_ONLY: Meta = { key: "storagePersistence", value: "granted" };

const scoredItems = defaultPack.items.filter((item) => !item.redFlag).slice(0, 5);
const answers = Object.fromEntries(scoredItems.map((item) => [item.id, item.options[1]!.id]));

/** One or more records of every kind the app keeps, with the awkward parts filled in. */
function everyRecord(): BackupData {
  return {
    checkIns: [
      makeCheckIn({
        answers,
        result: scoreCheckIn(defaultPack, answers),
        note: 'Long shift, "hard" visit.\nBetter after a walk.',
      }),
      makeCheckIn({
        id: "check-in-2",
        createdAt: "2026-11-10T21:15:00.000Z",
        bringToSupervision: true,
        tried: ["plan-2"],
      }),
    ],
    drafts: [makeDraft({ answers: { [scoredItems[0]!.id]: null } })],
    planActions: [
      makePlanAction(),
      makePlanAction({
        id: "plan-2",
        status: "done",
        doneAt: "2026-11-09T12:00:00.000Z",
        updatedAt: "2026-11-09T12:00:00.000Z",
      }),
    ],
    peerCheckIns: [
      makePeerCheckIn(),
      makePeerCheckIn({
        id: "peer-2",
        colleague: "CD",
        consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
      }),
    ],
    supervisionPreps: [
      makeSupervisionPrep(),
      makeSupervisionPrep({
        id: "prep-2",
        role: "supervising",
        peerCheckInIds: ["peer-1"],
        after: {
          outcomes: "Agreed a lighter rota.",
          actions: [{ id: "a1", what: "Ask for a rota review", destination: "plan" }],
          recordedAt: "2026-11-04T10:00:00.000Z",
        },
      }),
    ],
    settings: [
      makeSetting(),
      makeSetting({ key: "reminders", value: { weekly: true, day: "friday" } }),
    ],
    contentPacks: [makeStoredPack()],
    meta: [makeMeta(), { key: LAST_BACKUP_META_KEY, value: "2026-11-01T08:00:00.000Z" }],
  };
}

async function seed(data: BackupData, extraMeta: Meta[] = [DEVICE_ONLY]): Promise<void> {
  const db = getDb();
  await db.transaction(
    "rw",
    PERSONAL_TABLES.map((name) => db[name]),
    async () => {
      for (const name of PERSONAL_TABLES) await db.table(name).bulkPut(data[name]);
      await db.meta.bulkPut(extraMeta);
    },
  );
}

/** Every table, in key order: what "the database is exactly as it was" compares. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const name of PERSONAL_TABLES) out[name] = await db.table(name).toArray();
  return out;
}

function sorted(data: BackupData): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) {
    const key = name === "settings" || name === "contentPacks" || name === "meta" ? "key" : "id";
    out[name] = [...(data[name] as Record<string, string>[])].sort((a, b) =>
      a[key]! < b[key]! ? -1 : 1,
    );
  }
  return out;
}

describe("backup tables", () => {
  beforeEach(resetDb);

  it("a backup carries every table the database has", async () => {
    expect([...BACKUP_TABLES]).toEqual([...PERSONAL_TABLES]);
    const db = getDb();
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe("round trip: backup, delete all, restore", () => {
  beforeEach(resetDb);

  it.each([
    ["without a passphrase", undefined, "replace"],
    ["without a passphrase, merging into an empty device", undefined, "merge"],
    ["with a passphrase", "otter lantern mossy", "replace"],
  ] as const)("gives back every record %s", async (_name, passphrase, mode) => {
    const original = everyRecord();
    await seed(original);
    const text = await makeBackup(await exportAllData(), {
      now: NOW,
      passphrase,
      iterations: 1_000,
    });
    await deleteAllData();
    expect(Object.values(await snapshot()).flat()).toEqual([]);

    const read = await readBackup(text, { passphrase, minIterations: 1_000 });
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.backup.data, mode);

    const restored = await snapshot();
    // After restoring, the app asks this browser afresh whether it will keep the data:
    // that answer is about the device, not a record, so it is left out of the comparison.
    restored.meta = restored.meta!.filter(
      (record) => record !== null && (record as Meta).key !== DEVICE_ONLY.key,
    );
    expect(restored).toStrictEqual(sorted(original));
  });

  it("reads every table in one transaction and leaves out details about this device", async () => {
    await seed(everyRecord());
    const spy = vi.spyOn(getDb(), "transaction");
    const data = await exportAllData();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(data.meta.map((record) => record.key)).not.toContain(DEVICE_ONLY.key);
    expect(sorted(data)).toStrictEqual(sorted(everyRecord()));
  });
});

describe("a refused file leaves the database exactly as it was", () => {
  beforeEach(resetDb);

  const expected = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<
    string,
    { code: string; message: string; passphrase?: string }
  >;

  it("for every file in the malformed corpus", async () => {
    await seed(everyRecord());
    const before = await snapshot();
    for (const [file, { code, message, passphrase }] of Object.entries(expected)) {
      // What the restore screen does: read, and only if that succeeds, apply.
      const read = await readBackup(readFileSync(join(FIXTURES, file), "utf8"), { passphrase });
      if (read.ok) await applyRestore(read.backup.data, "replace");
      expect(read.ok ? "restored" : read.problem.code, file).toBe(code);
      expect(read.ok ? "" : read.problem.message, file).toContain(message);
      expect(await snapshot(), file).toStrictEqual(before);
    }
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30);
  });

  it("when writing fails part of the way through, nothing is kept", async () => {
    await seed(everyRecord());
    const before = await snapshot();
    const data = everyRecord();
    const broken = {
      ...data,
      checkIns: [...data.checkIns, makeCheckIn({ id: "new-one" })],
      // A record without its key makes IndexedDB fail on the last table.
      meta: [...data.meta, { value: "no key" } as unknown as Meta],
    };
    await expect(applyRestore(broken, "replace")).rejects.toBeInstanceOf(StorageProblem);
    await expect(applyRestore(broken, "merge")).rejects.toBeInstanceOf(StorageProblem);
    expect(await snapshot()).toStrictEqual(before);
  });
});

describe("merge and replace", () => {
  beforeEach(resetDb);

  const here = {
    ...everyRecord(),
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
    ...everyRecord(),
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
    await seed(here);
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
    await seed(here);
    await applyRestore(file, "merge");
    const db = getDb();
    expect(await db.settings.get("appearance")).toEqual(makeSetting({ value: { theme: "dark" } }));
    expect(await db.settings.get("only-here")).toBeDefined();
    expect((await db.contentPacks.toArray())[0]?.addedAt).toBe(makeStoredPack().addedAt);
    expect((await db.meta.get(LAST_BACKUP_META_KEY))?.value).toBe("2026-11-20T08:00:00.000Z");
    expect(await db.meta.get("storagePersistence")).toEqual(DEVICE_ONLY);
  });

  it("replace: the device holds exactly the file's records, plus details about itself", async () => {
    await seed(here);
    const result = await applyRestore(file, "replace");
    const db = getDb();
    expect((await db.checkIns.toArray()).map((c) => [c.id, c.note])).toEqual([
      ["a", "old in file"],
      ["b", "edited in file"],
      ["c", "new in file"],
      ["e", ""],
    ]);
    expect(await db.settings.toArray()).toEqual(file.settings);
    expect(await db.meta.toArray()).toEqual([file.meta[0], DEVICE_ONLY]);
    expect(result.tables.checkIns).toEqual({ written: 4, removed: 1 });
    expect(result.tables.settings).toEqual({ written: 1, removed: 1 });
  });

  it("preview counts what each choice would do, and changes nothing", async () => {
    await seed(here);
    const before = await snapshot();
    const preview = await previewRestore(file);
    expect(preview.tables.checkIns).toEqual({
      inFile: 4,
      new: 1,
      updated: 1,
      unchanged: 1,
      keptHere: 1,
      onlyHere: 1,
    });
    expect(preview.tables.settings).toEqual({
      inFile: 1,
      new: 0,
      updated: 1,
      unchanged: 0,
      keptHere: 0,
      onlyHere: 1,
    });
    expect(preview.tables.contentPacks).toEqual({
      inFile: 1,
      new: 0,
      updated: 0,
      unchanged: 0,
      keptHere: 1,
      onlyHere: 0,
    });
    // The device-only detail in the file is not counted at all.
    expect(preview.tables.meta).toEqual({
      inFile: 1,
      new: 0,
      updated: 0,
      unchanged: 0,
      keptHere: 1,
      onlyHere: 0,
    });
    expect(preview.tables.peerCheckIns).toMatchObject({ inFile: 2, unchanged: 2 });
    expect(preview.checkIns).toEqual({
      from: "2026-11-01T09:00:00.000Z",
      to: "2026-11-08T09:00:00.000Z",
    });
    expect(await snapshot()).toStrictEqual(before);
  });

  it("preview of a file with no check-ins has no date range", async () => {
    const preview = await previewRestore({ ...everyRecord(), checkIns: [] });
    expect(preview.checkIns).toBeNull();
    expect(preview.tables.planActions).toMatchObject({ inFile: 2, new: 2, onlyHere: 0 });
  });
});

describe("delete all, and the last backup time", () => {
  beforeEach(resetDb);

  it("delete all clears every table in one transaction and forgets the storage answer", async () => {
    await seed(everyRecord());
    expect(await readPersistenceAnswer()).toBe("granted");
    const spy = vi.spyOn(getDb(), "transaction");
    await deleteAllData();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(Object.values(await snapshot()).every((rows) => rows.length === 0)).toBe(true);
    expect(await readPersistenceAnswer()).toBeUndefined();
  });

  it("keeps the last backup time and the newest change for the reminder", async () => {
    expect(await readBackupStatus()).toEqual({ lastBackupAt: null, lastChangeAt: null });
    await seed({ ...everyRecord(), meta: [] }, []);
    await markBackedUp(new Date("2026-11-20T18:00:00.000Z"));
    expect(await readBackupStatus()).toEqual({
      lastBackupAt: "2026-11-20T18:00:00.000Z",
      lastChangeAt: "2026-11-10T21:15:00.000Z",
    });
  });
});
