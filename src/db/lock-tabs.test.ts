// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { boxDataKey, newDataKey } from "../domain/lock/key-box";
import { openAtVersion, resetDb } from "../testing/db";
import { makeCheckIn } from "../testing/records";
import { getCheckIn, saveCheckIn } from "./check-ins";
import { LOCK_META } from "./encryption";
import {
  followOtherTabs,
  forgetLock,
  getLockStatus,
  lockNow,
  turnOffLock,
  turnOnLock,
  unlock,
} from "./lock";
import { closeLockChannelForTests } from "./lock-tabs";
import { LATEST_VERSION } from "./schema";

const ROUNDS = 1_000;

/** Another tab of the app, as far as the database is concerned: no encryption layer. */
async function asAnotherTab<T>(work: (raw: Awaited<ReturnType<typeof openAtVersion>>) => T) {
  const raw = await openAtVersion(LATEST_VERSION);
  try {
    return await work(raw);
  } finally {
    raw.close();
  }
}

async function rawText(): Promise<string> {
  return asAnotherTab(async (raw) => JSON.stringify(await raw.table("checkIns").toArray()));
}

beforeEach(async () => {
  forgetLock();
  await resetDb();
});

afterAll(() => closeLockChannelForTests());

describe("before each write, a tab checks its lock matches the device's", () => {
  it("refuses to write in clear once another tab has turned the lock on", async () => {
    const { box } = await newDataKey("their passcode", ROUNDS);
    await asAnotherTab((raw) => raw.table("meta").put({ key: LOCK_META, value: box }));
    await expect(
      saveCheckIn(makeCheckIn({ id: "c", note: "Private words" })),
    ).rejects.toMatchObject({ kind: "lock-changed" });
    expect(await rawText()).not.toContain("Private words");
  });

  it("never seals with a key another tab has thrown away by turning the lock off", async () => {
    await saveCheckIn(makeCheckIn({ id: "c", note: "Before" }));
    await turnOnLock("our passcode", ROUNDS);
    // The other tab turns the lock off: its box is gone (its rows would be plain again).
    await asAnotherTab((raw) => raw.table("meta").delete(LOCK_META));
    await expect(saveCheckIn(makeCheckIn({ id: "d", note: "After" }))).rejects.toMatchObject({
      kind: "lock-changed",
    });
    expect(await rawText()).not.toContain('"d"');
  });

  it("goes on writing after another tab changes the passcode, since the key is the same", async () => {
    await turnOnLock("our passcode", ROUNDS);
    const stored = await asAnotherTab((raw) => raw.table("meta").get(LOCK_META));
    const keyId = (stored as { value: { keyId: string } }).value.keyId;
    const sameKey = await boxDataKey(new Uint8Array(32), "a new passcode", ROUNDS, keyId);
    await asAnotherTab((raw) => raw.table("meta").put({ key: LOCK_META, value: sameKey }));
    await saveCheckIn(makeCheckIn({ id: "e", note: "Still sealed" }));
    expect(await rawText()).not.toContain("Still sealed");
    expect((await getCheckIn("e"))?.note).toBe("Still sealed");

    const otherKey = await boxDataKey(new Uint8Array(32), "a new passcode", ROUNDS);
    await asAnotherTab((raw) => raw.table("meta").put({ key: LOCK_META, value: otherKey }));
    await expect(saveCheckIn(makeCheckIn({ id: "f" }))).rejects.toMatchObject({
      kind: "lock-changed",
    });
  });
});

describe("lock on, off and Lock now reach every tab", () => {
  it("tells other tabs when this one turns the lock on or off, or the person presses Lock now", async () => {
    const other = new BroadcastChannel("hcw-lock");
    const heard: unknown[] = [];
    other.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      await turnOnLock("our passcode", ROUNDS);
      lockNow(); // by itself (idle or hidden): this tab only
      await unlock("our passcode");
      lockNow({ everywhere: true });
      await unlock("our passcode");
      await turnOffLock("our passcode");
      await vi.waitFor(() => expect(heard).toEqual(["on", "locked", "off"]));
    } finally {
      other.close();
    }
  });

  it("follows what another tab says: Lock now (after saving typing), on, and off", async () => {
    const other = new BroadcastChannel("hcw-lock");
    const beforeLock = vi.fn(async () => undefined);
    const stop = followOtherTabs(beforeLock);
    try {
      await turnOnLock("our passcode", ROUNDS);
      other.postMessage("locked");
      await vi.waitFor(() => expect(getLockStatus()).toBe("locked"));
      expect(beforeLock).toHaveBeenCalledTimes(1);

      await unlock("our passcode");
      other.postMessage("off");
      await vi.waitFor(() => expect(getLockStatus()).toBe("off"));
      // The key is gone from this tab: nothing can be sealed with it any more.
      await expect(saveCheckIn(makeCheckIn({ id: "g" }))).rejects.toMatchObject({
        kind: "lock-changed",
      });

      other.postMessage("on");
      await vi.waitFor(() => expect(getLockStatus()).toBe("locked"));
      other.postMessage("something else");
      expect(getLockStatus()).toBe("locked");
    } finally {
      stop();
      other.close();
    }
  });
});
