/**
 * Writing packs in: a pack loaded from a file, and the organisation's pack hosted beside
 * the app (src/features/organisation-pack). Kept apart from packs.ts, which the first
 * screen loads to read the pack in use: these writes load only when a pack arrives.
 */
import { sameRecord } from "../domain/backup/merge";
import type { ContentPack } from "../domain/pack/schema";
import { getDb } from "./database";
import { guard } from "./errors";
import { ACTIVE_PACK_META_KEY, packKey, type AddPackOutcome } from "./packs";
import { writePersonal } from "./write";

/**
 * Meta key holding the key of the organisation's hosted pack this device last took
 * (src/domain/pack/hosted.ts). It describes this device's host, so it is not backed up.
 */
export const HOSTED_PACK_META_KEY = "hostedPack";

/** How many times running the hosted pack was missing (kept on the device, not backed up). */
export const HOSTED_PACK_MISSING_META_KEY = "hostedPackMissing";

/** Notes one more look that found no hosted pack; returns how many times running. */
export function noteHostedPackMissing(): Promise<number> {
  return writePersonal(
    (db) => [db.meta],
    async () => {
      const db = getDb();
      const before = (await db.meta.get(HOSTED_PACK_MISSING_META_KEY))?.value;
      const times = (typeof before === "number" ? before : 0) + 1;
      await db.meta.put({ key: HOSTED_PACK_MISSING_META_KEY, value: times });
      return times;
    },
  );
}

/** The hosted pack was found again: forget the missing count. */
export function forgetHostedPackMissing(): Promise<void> {
  return writePersonal(
    (db) => [db.meta],
    () => getDb().meta.delete(HOSTED_PACK_MISSING_META_KEY),
  );
}

/**
 * Saves a checked pack and makes it the one in use, in one transaction. Earlier
 * versions are kept: old check-ins still show with the words they were scored with.
 * A saved version never changes, so a different pack under the same id and version
 * is refused (its publisher should give it a new version number).
 */
export function addPack(pack: ContentPack, now: Date = new Date()): Promise<AddPackOutcome> {
  return storePack(pack, { use: true, now });
}

/**
 * Saves a checked pack, in use or not (`use`), and notes it as the organisation's hosted
 * pack when `hosted`: one transaction. A different pack under a saved id and version is
 * refused ("clash") and nothing changes.
 */
export function storePack(
  pack: ContentPack,
  { use, hosted = false, now = new Date() }: { use: boolean; hosted?: boolean; now?: Date },
): Promise<AddPackOutcome> {
  const key = packKey(pack.id, pack.version);
  return writePersonal(
    (db) => [db.contentPacks, db.meta],
    async () => {
      const db = getDb();
      const existing = await db.contentPacks.get(key);
      let outcome: AddPackOutcome = "added";
      if (existing) {
        if (!sameRecord(existing.pack, pack)) return "clash";
        outcome = "already-here";
      } else {
        await db.contentPacks.put({
          key,
          id: pack.id,
          version: pack.version,
          addedAt: now.toISOString(),
          pack,
        });
      }
      if (use) await db.meta.put({ key: ACTIVE_PACK_META_KEY, value: key });
      if (hosted) await db.meta.put({ key: HOSTED_PACK_META_KEY, value: key });
      return outcome;
    },
  );
}

/**
 * Puts a saved version of the organisation's hosted pack in use (the person said yes to
 * it) and notes it as the one this device took. False, and nothing changed, when it is
 * not saved here.
 */
export function chooseHostedPack(key: string): Promise<boolean> {
  return writePersonal(
    (db) => [db.contentPacks, db.meta],
    async () => {
      const db = getDb();
      if (!(await db.contentPacks.get(key))) return false;
      await db.meta.put({ key: ACTIVE_PACK_META_KEY, value: key });
      await db.meta.put({ key: HOSTED_PACK_META_KEY, value: key });
      return true;
    },
  );
}

/** The key of the organisation's hosted pack this device last took, or null. */
export function readHostedPackKey(): Promise<string | null> {
  return guard(async () => {
    const value = (await getDb().meta.get(HOSTED_PACK_META_KEY))?.value;
    return typeof value === "string" ? value : null;
  });
}
