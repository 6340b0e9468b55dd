import { readMeta, writeMeta } from "./meta";

export type PersistenceAnswer = "granted" | "not-granted" | "unsupported";

const KEY = "storagePersistence";

/**
 * Asks the browser not to evict this app's data, once, after the first record is
 * saved. The answer is kept for the Settings screen; we never ask again unprompted.
 */
export async function askPersistenceOnce(): Promise<PersistenceAnswer> {
  const known = await readMeta<PersistenceAnswer>(KEY);
  if (known) return known;
  return askPersistence();
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
  return answer;
}

export function readPersistenceAnswer(): Promise<PersistenceAnswer | undefined> {
  return readMeta<PersistenceAnswer>(KEY);
}
