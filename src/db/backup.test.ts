// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { BACKUP_TABLES, makeBackup, readBackup, type BackupData } from "../domain/backup";
import type { Meta, Setting } from "../domain/records";
import { makeCheckIn, makeEveryRecord } from "../testing/records";
import { applyRestore, deleteAllData, exportAllData } from "./backup";
import { DEVICE_ONLY_META, resetDb, seedTables, snapshotTables } from "../testing/db";
import { getDb } from "./database";
import { StorageProblem } from "./errors";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const FIXTURES = join(process.cwd(), "tests/fixtures/backups");

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
    const original = makeEveryRecord();
    await seedTables(original);
    const text = await makeBackup(await exportAllData(), {
      now: NOW,
      passphrase,
      iterations: 1_000,
    });
    await deleteAllData();
    expect(Object.values(await snapshotTables()).flat()).toEqual([]);

    const read = await readBackup(text, { passphrase, minIterations: 1_000 });
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.backup.data, mode);

    const restored = await snapshotTables();
    // After restoring, the app asks this browser afresh whether it will keep the data:
    // that answer is about the device, not a record, so it is left out of the comparison.
    restored.meta = restored.meta!.filter(
      (record) => record !== null && (record as Meta).key !== DEVICE_ONLY_META.key,
    );
    expect(restored).toStrictEqual(sorted(original));
  });

  it("reads every table in one transaction and leaves out details about this device", async () => {
    await seedTables(makeEveryRecord());
    const spy = vi.spyOn(getDb(), "transaction");
    const data = await exportAllData();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(data.meta.map((record) => record.key)).not.toContain(DEVICE_ONLY_META.key);
    expect(sorted(data)).toStrictEqual(sorted(makeEveryRecord()));
  });
});

describe("a refused file leaves the database exactly as it was", () => {
  beforeEach(resetDb);

  const expected = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<
    string,
    { code: string; message: string; passphrase?: string }
  >;

  it("for every file in the malformed corpus", async () => {
    await seedTables(makeEveryRecord());
    const before = await snapshotTables();
    for (const [file, { code, message, passphrase }] of Object.entries(expected)) {
      // What the restore screen does: read, and only if that succeeds, apply.
      const read = await readBackup(readFileSync(join(FIXTURES, file), "utf8"), { passphrase });
      if (read.ok) await applyRestore(read.backup.data, "replace");
      expect(read.ok ? "restored" : read.problem.code, file).toBe(code);
      expect(read.ok ? "" : read.problem.message, file).toContain(message);
      expect(await snapshotTables(), file).toStrictEqual(before);
    }
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30);
  });

  it("when writing fails part of the way through, nothing is kept", async () => {
    await seedTables(makeEveryRecord());
    const before = await snapshotTables();
    const data = makeEveryRecord();
    const broken = {
      ...data,
      checkIns: [...data.checkIns, makeCheckIn({ id: "new-one" })],
      // A record without its key makes IndexedDB fail on a later table.
      settings: [...data.settings, { value: "no key" } as unknown as Setting],
    };
    await expect(applyRestore(broken, "replace")).rejects.toBeInstanceOf(StorageProblem);
    await expect(applyRestore(broken, "merge")).rejects.toBeInstanceOf(StorageProblem);
    expect(await snapshotTables()).toStrictEqual(before);
  });
});
