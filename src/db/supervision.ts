import type { SupervisionPrep } from "../domain/records";
import { SupervisionPrepSchema } from "../domain/records";
import { getDb } from "./database";
import { writePersonal } from "./write";

export {
  getSupervisionPrep,
  latestSupervisionPrep,
  listSupervisionPreps,
} from "./supervision-reads";

/**
 * Supervision preps. Writes are validated against the record schema first; an
 * invalid prep fails with the ZodError and nothing is stored.
 */

/** Saves a prep (new or changed, including the after-session part), stamping updatedAt. */
export async function saveSupervisionPrep(
  prep: SupervisionPrep,
  now: Date = new Date(),
): Promise<SupervisionPrep> {
  const valid = SupervisionPrepSchema.parse({ ...prep, updatedAt: now.toISOString() });
  await writePersonal(
    (db) => [db.supervisionPreps],
    async () => {
      await getDb().supervisionPreps.put(valid);
    },
  );
  return valid;
}

/** Deletes a prep and returns it, so the person can undo for a few seconds. */
export function deleteSupervisionPrep(id: string): Promise<SupervisionPrep | null> {
  return writePersonal(
    (db) => [db.supervisionPreps],
    async () => {
      const table = getDb().supervisionPreps;
      const existing = (await table.get(id)) ?? null;
      await table.delete(id);
      return existing;
    },
  );
}

/** Puts a deleted prep back exactly as it was. */
export function restoreSupervisionPrep(prep: SupervisionPrep): Promise<void> {
  const valid = SupervisionPrepSchema.parse(prep);
  return writePersonal(
    (db) => [db.supervisionPreps],
    async () => {
      await getDb().supervisionPreps.put(valid);
    },
  );
}
