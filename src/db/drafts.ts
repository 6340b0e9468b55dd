import type { Draft } from "../domain/records";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export const CHECK_IN_DRAFT_ID = "check-in";

export function readDraft(id: string = CHECK_IN_DRAFT_ID): Promise<Draft | null> {
  return guard(async () => (await getDb().drafts.get(id)) ?? null);
}

export function saveDraft(draft: Draft): Promise<void> {
  return writePersonal(
    (db) => [db.drafts],
    async () => {
      await getDb().drafts.put(draft);
    },
  );
}

export function discardDraft(id: string = CHECK_IN_DRAFT_ID): Promise<void> {
  return writePersonal(
    (db) => [db.drafts],
    () => getDb().drafts.delete(id),
  );
}
