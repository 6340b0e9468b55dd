/**
 * The passcode lock's state and its changes. Turning it on seals every personal record
 * in one transaction; turning it off opens them in one transaction; changing the
 * passcode re-makes only the key box. The data key lives in memory only while unlocked.
 * The crypto code loads only when someone uses the lock. Changes run one at a time
 * across tabs, and the other tabs follow them (lock-tabs.ts).
 */
import type { KeyBox } from "../domain/lock/key-box";
import { keyIdOf } from "../domain/lock/key-id";
import { getDb, type WellbeingDb } from "./database";
import {
  LOCK_META,
  SEALED_TABLES,
  hasRowCipher,
  setLockOn,
  setRowCipher,
  setSealing,
} from "./encryption";
import { guard, toStorageProblem } from "./errors";
import { listenToOtherTabs, tellOtherTabs, whileChangingLock } from "./lock-tabs";
import { readMeta } from "./meta";
import {
  WRONG_TRIES_META,
  clearWrongTries,
  countWrongTry,
  forgetWrongTries,
  refuseIfTooSoon,
} from "./wrong-tries";

export { WRONG_TRIES_META };
export { waitBeforeNextTry } from "./wrong-tries";

export { LOCK_META };

export type LockStatus = "checking" | "off" | "locked" | "unlocked";

type Listener = (status: LockStatus) => void;
const listeners = new Set<Listener>();
let status: LockStatus = "checking";

function setStatus(next: LockStatus): void {
  status = next;
  setLockOn(next === "locked" || next === "unlocked");
  for (const listener of listeners) listener(next);
}

export function getLockStatus(): LockStatus {
  return status;
}

export function onLockStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads whether the lock is on (at start). Without a database, there is no lock. */
export async function checkLock(): Promise<LockStatus> {
  try {
    const box = await readMeta<KeyBox>(LOCK_META);
    setStatus(!box ? "off" : hasRowCipher() ? "unlocked" : "locked");
  } catch {
    setStatus("off");
  }
  return status;
}

function sealedTables(db: WellbeingDb) {
  return db.tables.filter((table) => SEALED_TABLES.has(table.name));
}

/**
 * Changes the key box (`first`), then reads every personal record and writes it back,
 * sealed or plain as `sealing` says, in one transaction. The box changes first because
 * every write checks that it is sealed with the stored box's key (encryption.ts).
 */
async function rewriteAll(db: WellbeingDb, first: () => Promise<void>): Promise<void> {
  await db.transaction("rw", [...sealedTables(db), db.meta], async () => {
    await first();
    for (const table of sealedTables(db)) {
      const rows = await table.toArray();
      await table.bulkPut(rows);
    }
  });
}

async function cipherFor(dataKey: Uint8Array, box: KeyBox) {
  const { makeRowCipher } = await import("../domain/lock/record-cipher");
  return makeRowCipher(dataKey, keyIdOf(box)!);
}

/** Refuses a passcode the rules do not allow (the form checks first; this is the backstop). */
async function checkNewPasscode(passcode: string): Promise<void> {
  const { passcodeProblem } = await import("../domain/lock/passcode");
  const problem = passcodeProblem(passcode);
  if (problem) throw new Error(problem);
}

/** Turns the lock on: a new data key, boxed by the passcode, and every record sealed. */
export async function turnOnLock(passcode: string, iterations?: number): Promise<void> {
  await checkNewPasscode(passcode);
  await whileChangingLock(async () => {
    if (await readMeta<KeyBox>(LOCK_META)) throw new Error(ALREADY_ON);
    const { newDataKey } = await import("../domain/lock/key-box");
    const { dataKey, box } = await newDataKey(passcode, iterations);
    setRowCipher(await cipherFor(dataKey, box));
    const db = getDb();
    try {
      setSealing(true);
      await rewriteAll(db, async () => {
        await db.meta.put({ key: LOCK_META, value: box });
      });
    } catch (error) {
      setSealing(false);
      setRowCipher(null);
      throw toStorageProblem(error);
    }
  });
  setStatus("unlocked");
  tellOtherTabs("on");
}

const ALREADY_ON =
  "The lock is already on: it was turned on in another tab or window. Please reload this page.";

/** The data key for this passcode, counting wrong tries (which only ever slow things down). */
async function openWithPasscode(
  passcode: string,
  now: Date,
): Promise<{ dataKey: Uint8Array; box: KeyBox }> {
  const { openKeyBox, WrongPasscodeError } = await import("../domain/lock/key-box");
  const box = await readMeta<KeyBox>(LOCK_META);
  if (!box) throw new Error("The lock is not on.");
  await refuseIfTooSoon(now);
  try {
    const dataKey = await openKeyBox(box, passcode);
    await clearWrongTries(now);
    return { dataKey, box };
  } catch (error) {
    if (error instanceof WrongPasscodeError) await countWrongTry(now);
    throw error;
  }
}

export async function unlock(passcode: string, now: Date = new Date()): Promise<void> {
  const { dataKey, box } = await openWithPasscode(passcode, now);
  setRowCipher(await cipherFor(dataKey, box));
  setSealing(true);
  setStatus("unlocked");
}

/**
 * Drops the key from memory. Records stay sealed on the device. `everywhere` (the
 * person pressed "Lock now") locks every other tab too; locking by itself (idle, or
 * hidden) stays in this tab, or moving to another tab would lock that one at once.
 */
export function lockNow({ everywhere = false }: { everywhere?: boolean } = {}): void {
  if (everywhere) tellOtherTabs("locked");
  if (status !== "unlocked") return;
  setRowCipher(null);
  setStatus("locked");
}

/** Re-boxes the same data key with a new passcode. No record is rewritten. */
export async function changePasscode(
  current: string,
  next: string,
  iterations?: number,
): Promise<void> {
  await checkNewPasscode(next);
  await whileChangingLock(async () => {
    const { dataKey, box: old } = await openWithPasscode(current, new Date());
    const { boxDataKey } = await import("../domain/lock/key-box");
    // The same key id: tabs holding this data key go on writing with it.
    const box = await boxDataKey(dataKey, next, iterations, keyIdOf(old)!);
    dataKey.fill(0);
    await guard(() => getDb().meta.put({ key: LOCK_META, value: box }));
  });
}

/** Turns the lock off (the passcode is asked again): every record is written back plain. */
export async function turnOffLock(passcode: string): Promise<void> {
  await whileChangingLock(async () => {
    const { dataKey, box } = await openWithPasscode(passcode, new Date());
    setRowCipher(await cipherFor(dataKey, box));
    const db = getDb();
    try {
      // Rows come back plain as the transaction commits: none may be taken for tampering.
      setSealing(false);
      setLockOn(false);
      await rewriteAll(db, async () => {
        await db.meta.delete(LOCK_META);
        await db.meta.delete(WRONG_TRIES_META);
      });
    } catch (error) {
      setSealing(true);
      setLockOn(true);
      throw toStorageProblem(error);
    }
  });
  forgetKey("off");
  tellOtherTabs("off");
}

function forgetKey(next: "off" | "locked"): void {
  if (next === "off") forgetWrongTries();
  setRowCipher(null);
  setSealing(false);
  setStatus(next);
}

/** After every record is deleted there is nothing left to lock, here or in other tabs. */
export function forgetLock(): void {
  forgetKey("off");
  tellOtherTabs("off");
}

/**
 * Follows the lock's changes made in other tabs. `beforeLock` saves typing in progress
 * (while the key is still here) before "Lock now" from another tab locks this one.
 */
export function followOtherTabs(beforeLock: () => Promise<void>): () => void {
  return listenToOtherTabs((message) => {
    if (message === "locked") {
      if (status !== "unlocked") return;
      void beforeLock()
        .catch(() => undefined)
        .then(() => lockNow());
      return;
    }
    // Turned on elsewhere: unlock here with the passcode. Turned off: the key is gone.
    forgetKey(message === "on" ? "locked" : "off");
  });
}
