// @vitest-environment node
import Dexie from "dexie";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDb } from "../testing/db";
import { getDbStatus, onDbStatus, openDatabase } from "./connection";
import { deleteAllData } from "./backup";
import { DB_NAME } from "./database";
import { readSetting, writeSetting } from "./settings";

describe("opening the database", () => {
  beforeEach(resetDb);

  it("is ready after opening", async () => {
    expect(await openDatabase()).toBe("ready");
  });

  it("steps aside when another tab upgrades the database, and asks for a reload", async () => {
    await openDatabase();
    const seen = vi.fn();
    const stop = onDbStatus(seen);
    const newer = new Dexie(DB_NAME);
    newer.version(99).stores({ checkIns: "id" });
    await newer.open(); // would hang if this tab blocked the upgrade
    expect(getDbStatus()).toBe("closed-by-other-tab");
    expect(seen).toHaveBeenCalledWith("closed-by-other-tab");
    stop();
    newer.close();
  });

  it("does not use a database a newer version of the app has upgraded, and asks for a reload", async () => {
    const newer = new Dexie(DB_NAME);
    newer.version(99).stores({ checkIns: "id", futureTable: "id" });
    await newer.open();
    newer.close();
    // An older copy of the app (an old tab, a cached version) opening it would not know
    // the newer tables: a backup or delete-all from it would miss them.
    expect(await openDatabase()).toBe("closed-by-other-tab");
  });

  it("in an older copy that found a newer database, reads but refuses every write with 'please reload'", async () => {
    const newer = new Dexie(DB_NAME);
    newer.version(99).stores({ checkIns: "id", settings: "key", futureTable: "id" });
    await newer.open();
    await newer.table("settings").put({ key: "region", value: "wales" });
    await newer.table("futureTable").put({ id: "kept" });
    newer.close();

    expect(await openDatabase()).toBe("closed-by-other-tab");
    expect(await readSetting("region")).toBe("wales");
    const refused = writeSetting("region", "scotland");
    await expect(refused).rejects.toMatchObject({ kind: "closed" });
    await expect(deleteAllData()).rejects.toMatchObject({ kind: "closed" });

    const raw = new Dexie(DB_NAME);
    await raw.open();
    expect(await raw.table("settings").get("region")).toMatchObject({ value: "wales" });
    expect(await raw.table("futureTable").count()).toBe(1);
    raw.close();
  });

  it("says storage is unavailable when the browser has no IndexedDB", async () => {
    const original = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect(await openDatabase()).toBe("unavailable");
    } finally {
      globalThis.indexedDB = original;
    }
  });
});
