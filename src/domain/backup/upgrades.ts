/**
 * Upgrades for older backup files, oldest first. Append only, like the database
 * schema history (src/db/schema.ts): never edit a step once it has shipped.
 *
 * To add backup version N: raise BACKUP_VERSION in constants.ts and append
 *   { from: N - 1, to: N, date, why, upgrade: (data) => ... }
 * When the change mirrors a database upgrade, put the record change in one pure
 * function under src/domain/records and call it from both the Dexie upgrade and
 * this step, so a restored file and an upgraded database always agree.
 */
import { BACKUP_VERSION } from "./constants";

/** The tables backup version 3 added. */
const ORGANISATION_TABLES = [
  "teamReflections",
  "pledges",
  "orgActions",
  "practiceStories",
] as const;

export interface BackupUpgrade {
  from: number;
  to: number;
  date: string;
  why: string;
  /** Takes the data as written at `from` (plain JSON, already checked for unsafe keys) and returns it as `to` expects. Must not change its input. */
  upgrade: (data: unknown) => unknown;
}

export const BACKUP_UPGRADES: readonly BackupUpgrade[] = [
  {
    from: 1,
    to: 2,
    date: "2026-12-06",
    why: "My wellbeing plan: files now carry a wellbeingPlans table. Older files had none, so it starts empty.",
    upgrade: (data) => {
      // Anything that is not an object is left for the checks to refuse with their own words.
      if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
      // Version 1 had no plans: a file that says it does is not what it claims to be.
      if ("wellbeingPlans" in data) throw new Error("A version 1 backup cannot hold plans.");
      return { ...data, wellbeingPlans: [] };
    },
  },
  {
    from: 2,
    to: 3,
    date: "2026-12-07",
    why: "For teams and organisations: files now carry team reflections, pledges, key actions and stories of practice. Older files had none, so they start empty.",
    upgrade: (data) => {
      if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
      const added = ORGANISATION_TABLES.filter((table) => table in data);
      // Version 2 had none of these: a file that says it does is not what it claims to be.
      if (added.length > 0) throw new Error(`A version 2 backup cannot hold ${added.join(", ")}.`);
      return { ...data, ...Object.fromEntries(ORGANISATION_TABLES.map((table) => [table, []])) };
    },
  },
];

/**
 * Runs each step from `fromVersion` up to `toVersion`, in order. Throws when the list
 * has a gap (a programming mistake the tests catch, never a problem with the file).
 */
export function upgradeBackupData(
  data: unknown,
  fromVersion: number,
  steps: readonly BackupUpgrade[] = BACKUP_UPGRADES,
  toVersion: number = BACKUP_VERSION,
): unknown {
  let version = fromVersion;
  let current = data;
  while (version < toVersion) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step || step.to !== version + 1) {
      throw new Error(`No backup upgrade from version ${version} to ${version + 1}.`);
    }
    current = step.upgrade(current);
    version = step.to;
  }
  return current;
}
