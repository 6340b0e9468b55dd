// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { PERSONAL_TABLES, tablesWith } from "../domain/tables";
import { openAtVersion, resetDb, seedTables } from "../testing/db";
import {
  makeCheckIn,
  makeEveryRecord,
  makePeerCheckIn,
  makeSupervisionPrep,
} from "../testing/records";
import { getDb } from "./database";
import { getCheckIn, listCheckIns, saveCheckIn } from "./check-ins";
import { LATEST_VERSION } from "./schema";
import {
  changePasscode,
  checkLock,
  getLockStatus,
  lockNow,
  turnOffLock,
  turnOnLock,
  unlock,
  waitBeforeNextTry,
  WRONG_TRIES_META,
} from "./lock";
import { getPeerCheckIn } from "./peer-reads";
import { savePeerCheckIn } from "./peer";
import { addToPlan, listPlan } from "./plan";
import { saveSupervisionPrep } from "./supervision";
import { writeSetting, readSetting } from "./settings";
import { forgetLock } from "./lock";

const SEALED = tablesWith("sealed");

// Few rounds keep the tests quick; the app itself uses 600,000 (see key-box tests).
const ROUNDS = 1_000;
const SECRETS = ["Secret note about a hard shift", "QX", "Secret plan step", "Secret agenda"];

async function seed() {
  await saveCheckIn(
    makeCheckIn({ id: "c1", note: SECRETS[0]!, answers: { "sleep-quality": "poor" } }),
  );
  await savePeerCheckIn(makePeerCheckIn({ id: "p1", colleague: SECRETS[1]! }));
  await addToPlan({ id: "a1", tipId: "walk", title: SECRETS[2]!, detail: "Ten minutes" });
  await saveSupervisionPrep(makeSupervisionPrep({ id: "s1", whatToBring: SECRETS[3]! }));
  await writeSetting("reminder", { title: "Check in with yourself" });
}

/** Every stored row as the browser keeps it, read without the app's encryption layer. */
async function rawRows(): Promise<string> {
  return JSON.stringify(Object.values(await rawTables()));
}

async function rawTables(): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = await openAtVersion(LATEST_VERSION);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const name of SEALED) out[name] = await raw.table(name).toArray();
  raw.close();
  return out;
}

describe("the tables the lock seals", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("are every table a backup carries but saved packs and app details", () => {
    const open = PERSONAL_TABLES.filter((name) => !SEALED.some((t) => t === name));
    expect(open).toEqual(["contentPacks", "meta"]);
  });

  it.each(SEALED)(
    "%s: every row is sealed whole, with only its index fields readable beside it",
    async (name) => {
      const data = makeEveryRecord();
      await seedTables(data);
      await turnOnLock("kettle by the window", ROUNDS);
      const db = getDb();
      const indexed = [
        String(db.table(name).schema.primKey.keyPath),
        ...db.table(name).schema.indexes.map((index) => String(index.keyPath)),
      ];
      const rows = (await rawTables())[name]!;
      expect(rows).toHaveLength(data[name].length);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveProperty("sealed");
        for (const field of Object.keys(row)) expect([...indexed, "sealed"]).toContain(field);
      }
      expect(await db.table(name).toArray()).toEqual(
        expect.arrayContaining(data[name].map((record) => expect.objectContaining(record))),
      );
    },
  );
});

describe("the passcode lock", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("stores no answer, note, label or result text while it is on", async () => {
    await seed();
    const before = await rawRows();
    expect(before).toContain(SECRETS[0]);
    await turnOnLock("kettle by the window", ROUNDS);
    const after = await rawRows();
    for (const secret of SECRETS) expect(after).not.toContain(secret);
    for (const field of ["answers", "result", "note", "colleague", "title", "value"]) {
      expect(after).not.toContain(`"${field}"`);
    }
    // Ids and dates stay readable, so lists can still be ordered.
    expect(after).toContain('"createdAt"');
    // The app itself still reads everything.
    expect((await getCheckIn("c1"))?.note).toBe(SECRETS[0]);
  });

  it("a wrong passcode never opens anything, and a locked app reads nothing", async () => {
    await seed();
    await turnOnLock("kettle by the window", ROUNDS);
    lockNow();
    expect(getLockStatus()).toBe("locked");
    await expect(unlock("135791")).rejects.toThrow("That passcode did not work.");
    await expect(listCheckIns()).rejects.toMatchObject({ kind: "locked" });
    await unlock("kettle by the window");
    expect((await listCheckIns()).map((c) => c.id)).toEqual(["c1"]);
  });

  it("lock, unlock, change the passcode, unlock: every record is kept", async () => {
    await seed();
    const checkIn = await getCheckIn("c1");
    const peer = await getPeerCheckIn("p1");
    await turnOnLock("kettle by the window", ROUNDS);
    lockNow();
    await unlock("kettle by the window");
    await changePasscode("kettle by the window", "a longer phrase", ROUNDS);
    lockNow();
    await expect(unlock("kettle by the window")).rejects.toThrow();
    await unlock("a longer phrase");
    expect(await getCheckIn("c1")).toEqual(checkIn);
    expect(await getPeerCheckIn("p1")).toEqual(peer);
    expect((await listPlan()).map((a) => a.title)).toEqual([SECRETS[2]]);
    expect(await readSetting("reminder")).toEqual({ title: "Check in with yourself" });
  });

  it("turning the lock off stores plain records again", async () => {
    await seed();
    const before = await rawRows();
    await turnOnLock("kettle by the window", ROUNDS);
    await turnOffLock("kettle by the window");
    expect(getLockStatus()).toBe("off");
    expect(JSON.parse(await rawRows())).toEqual(JSON.parse(before));
    expect(await checkLock()).toBe("off");
  });

  it("wrong tries slow down after the first few, and never delete anything", async () => {
    await seed();
    await turnOnLock("kettle by the window", ROUNDS);
    lockNow();
    const now = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < 3; i++) await expect(unlock("000000", now)).rejects.toThrow();
    const wait = await waitBeforeNextTry(now);
    expect(wait).toBeGreaterThan(0);
    const later = new Date(now.getTime() + wait);
    await expect(unlock("000000", later)).rejects.toThrow("That passcode did not work.");
    const longer = await waitBeforeNextTry(later);
    expect(longer).toBeGreaterThan(5_000);
    await unlock("kettle by the window", new Date(later.getTime() + longer));
    expect((await getCheckIn("c1"))?.note).toBe(SECRETS[0]);
  });

  it("the wait is kept by the code that unlocks: even the right passcode waits its turn", async () => {
    await turnOnLock("kettle by the window", ROUNDS);
    lockNow();
    const now = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < 3; i++) await expect(unlock("000000", now)).rejects.toThrow();
    await expect(unlock("kettle by the window", now)).rejects.toMatchObject({
      name: "TooSoonError",
      message: "Please wait 5 seconds, then try again.",
    });
    // Deleting the stored count does not reset the wait in this tab.
    const raw = await openAtVersion(LATEST_VERSION);
    await raw.table("meta").delete(WRONG_TRIES_META);
    raw.close();
    await expect(unlock("kettle by the window", now)).rejects.toMatchObject({
      name: "TooSoonError",
    });
    expect(getLockStatus()).toBe("locked");
  });

  it("refuses a short or common passcode, even past the form", async () => {
    await expect(turnOnLock("246810", ROUNDS)).rejects.toThrow(/at least 8 characters/);
    await expect(turnOnLock("12345678", ROUNDS)).rejects.toThrow(/too easy to guess/);
    expect(await checkLock()).toBe("off");
  });

  it("records saved while unlocked are sealed too", async () => {
    await turnOnLock("kettle by the window", ROUNDS);
    await saveCheckIn(makeCheckIn({ id: "late", note: "Written after the lock" }));
    expect(await rawRows()).not.toContain("Written after the lock");
  });
});

describe("rows changed outside the app while the lock is on", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  async function rawTable() {
    const raw = await openAtVersion(LATEST_VERSION);
    return { raw, checkIns: raw.table("checkIns") };
  }

  it("a readable field added to a sealed row, or a changed date, is reported, never shown", async () => {
    await saveCheckIn(makeCheckIn({ id: "c1", note: "Mine" }));
    await turnOnLock("kettle by the window", ROUNDS);
    const { raw, checkIns } = await rawTable();
    const stored = (await checkIns.get("c1")) as Record<string, unknown>;
    await checkIns.put({ ...stored, note: "Not mine" });
    raw.close();
    await expect(getCheckIn("c1")).rejects.toMatchObject({ kind: "tampered" });
    await expect(listCheckIns()).rejects.toMatchObject({ kind: "tampered" });

    const again = await rawTable();
    await again.checkIns.put({ ...stored, createdAt: "2030-01-01T09:00:00.000Z" });
    again.raw.close();
    await expect(getCheckIn("c1")).rejects.toMatchObject({ kind: "tampered" });
  });

  it("a plain row put in a personal table while the lock is on is refused, locked or not", async () => {
    await turnOnLock("kettle by the window", ROUNDS);
    const { raw, checkIns } = await rawTable();
    await checkIns.put(makeCheckIn({ id: "planted", note: "Planted" }));
    raw.close();
    await expect(getCheckIn("planted")).rejects.toMatchObject({ kind: "tampered" });
    lockNow();
    await expect(getCheckIn("planted")).rejects.toMatchObject({ kind: "tampered" });
  });
});
