import { readMeta, writeMeta } from "./meta";

export type PersistenceAnswer = "granted" | "not-granted" | "unsupported";

const KEY = "storagePersistence";

/** Once the answer is known, later writes skip the meta read entirely. */
let known: PersistenceAnswer | undefined;

/**
 * Asks the browser not to evict this app's data, once, after the first record is
 * saved. The answer is kept for the Settings screen; we never ask again unprompted.
 */
export async function askPersistenceOnce(): Promise<PersistenceAnswer> {
  known ??= await readMeta<PersistenceAnswer>(KEY);
  return known ?? askPersistence();
}

/** Asks now (from the Settings button) and keeps the answer. */
export async function askPersistence(): Promise<PersistenceAnswer> {
  let answer: PersistenceAnswer = "unsupported";
  if (typeof navigator !== "undefined" && navigator.storage?.persist) {
    try {
      answer = (await navigator.storage.persist()) ? "granted" : "not-granted";
    } catch {
      answer = "not-granted";
    }
  }
  await writeMeta(KEY, answer);
  known = answer;
  return answer;
}

export function readPersistenceAnswer(): Promise<PersistenceAnswer | undefined> {
  return readMeta<PersistenceAnswer>(KEY);
}

/** Forgets the cached answer (tests, and after all data is deleted). */
export function forgetPersistenceAnswer(): void {
  known = undefined;
}
