/**
 * Saved content packs: an organisation's pack, every version of it that a record was
 * scored with, and which one is in use. Packs are checked (parseContentPack) before
 * they reach this module, and checked again when they are read for use: this module
 * only stores and reads. Packs and the choice of pack are not personal, so they stay
 * readable while the app is locked and the pack in use can load before unlocking.
 */
import { sameRecord } from "../domain/backup/merge";
import { ACTIVE_PACK_META_KEY } from "../domain/backup/meta-keys";
import type { ContentPack } from "../domain/pack/schema";
import type { StoredPack } from "../domain/records";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

/** Meta key holding the key of the pack in use. No record means the default pack. */
export { ACTIVE_PACK_META_KEY };

/** How a saved pack is known: its id and version, e.g. "acme-trust@1.2.0". */
export function packKey(id: string, version: string): string {
  return `${id}@${version}`;
}

/** What the content pack screen lists about a saved pack, read without checking it fully. */
export interface StoredPackSummary {
  key: string;
  id: string;
  version: string;
  addedAt: string;
  name: string;
  publisher: string;
}

/** Records scored or written with one pack version. */
export interface PackUsage {
  checkIns: number;
  peerCheckIns: number;
  supervisionPreps: number;
}

export type AddPackOutcome =
  /** Saved, and now in use. */
  | "added"
  /** This exact pack was already saved; now in use. */
  | "already-here"
  /** A different pack with the same id and version is saved: nothing changed. */
  | "clash";

export type RemovePackResult = { removed: true } | { removed: false; usedBy: PackUsage };

function textField(value: unknown, name: string): string {
  if (value === null || typeof value !== "object") return "";
  const field = (value as Record<string, unknown>)[name];
  return typeof field === "string" ? field : "";
}

/**
 * Saves a checked pack and makes it the one in use, in one transaction. Earlier
 * versions are kept: old check-ins still show with the words they were scored with.
 * A saved version never changes, so a different pack under the same id and version
 * is refused (its publisher should give it a new version number).
 */
export function addPack(pack: ContentPack, now: Date = new Date()): Promise<AddPackOutcome> {
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
      await db.meta.put({ key: ACTIVE_PACK_META_KEY, value: key });
      return outcome;
    },
  );
}

/**
 * Chooses the pack in use: a saved pack's key, or null for the app's own pack.
 * Returns false (and changes nothing) when that pack is not saved here.
 */
export function choosePack(key: string | null): Promise<boolean> {
  return writePersonal(
    (db) => [db.contentPacks, db.meta],
    async () => {
      const db = getDb();
      if (key === null) {
        await db.meta.delete(ACTIVE_PACK_META_KEY);
        return true;
      }
      if (!(await db.contentPacks.get(key))) return false;
      await db.meta.put({ key: ACTIVE_PACK_META_KEY, value: key });
      return true;
    },
  );
}

/** The key of the saved pack in use, or null when the app's own pack is. */
export function readChosenPackKey(): Promise<string | null> {
  return guard(async () => {
    const value = (await getDb().meta.get(ACTIVE_PACK_META_KEY))?.value;
    return typeof value === "string" ? value : null;
  });
}

export function readStoredPack(key: string): Promise<StoredPack | null> {
  return guard(async () => (await getDb().contentPacks.get(key)) ?? null);
}

/** Saved packs, oldest first, with the names to list them by. */
export function listStoredPacks(): Promise<StoredPackSummary[]> {
  return guard(async () => {
    const stored = await getDb().contentPacks.toArray();
    return stored
      .map((record) => ({
        key: record.key,
        id: record.id,
        version: record.version,
        addedAt: record.addedAt,
        name: textField(record.pack, "name") || record.id,
        publisher: textField(record.pack, "publisher"),
      }))
      .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  });
}

async function countUsage(id: string, version: string): Promise<PackUsage> {
  const db = getDb();
  const uses = (record: { packId: string; packVersion: string }) =>
    record.packId === id && record.packVersion === version;
  // No index on the pack: a scan is fine for the few hundred records a person keeps.
  return {
    checkIns: await db.checkIns.filter(uses).count(),
    peerCheckIns: await db.peerCheckIns.filter(uses).count(),
    supervisionPreps: await db.supervisionPreps.filter(uses).count(),
  };
}

function isUsed(usage: PackUsage): boolean {
  return usage.checkIns + usage.peerCheckIns + usage.supervisionPreps > 0;
}

/** How many saved records were made with this pack version. */
export function packUsage(id: string, version: string): Promise<PackUsage> {
  const db = getDb();
  return guard(() =>
    db.transaction("r", [db.checkIns, db.peerCheckIns, db.supervisionPreps], () =>
      countUsage(id, version),
    ),
  );
}

/**
 * Removes a saved pack, unless a record was made with it (it is kept so that record
 * keeps its meaning). Removing the pack in use goes back to the app's own pack.
 */
export function removePack(key: string): Promise<RemovePackResult> {
  return writePersonal(
    (db) => [db.contentPacks, db.meta, db.checkIns, db.peerCheckIns, db.supervisionPreps],
    async () => {
      const db = getDb();
      const stored = await db.contentPacks.get(key);
      if (!stored) return { removed: true } as const;
      const usedBy = await countUsage(stored.id, stored.version);
      if (isUsed(usedBy)) return { removed: false, usedBy } as const;
      await db.contentPacks.delete(key);
      if ((await db.meta.get(ACTIVE_PACK_META_KEY))?.value === key) {
        await db.meta.delete(ACTIVE_PACK_META_KEY);
      }
      return { removed: true } as const;
    },
  );
}

/**
 * What src/state/active-pack.ts reads packs through (the app connects it at
 * start, since shared components do not reach into the database themselves).
 */
export const storedPackSource = {
  chosenKey: readChosenPackKey,
  read: async (key: string): Promise<unknown> => (await readStoredPack(key))?.pack ?? null,
};
