// @vitest-environment node
import Dexie from "dexie";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDb } from "../testing/db";
import { getDbStatus, onDbStatus, openDatabase } from "./connection";
import { DB_NAME } from "./database";

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
