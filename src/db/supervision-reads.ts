import type { SupervisionPrep } from "../domain/records";
import { getDb } from "./database";
import { guard } from "./errors";

/** Reading supervision preps, apart from the validated writes (see peer-reads.ts for why). */

export function getSupervisionPrep(id: string): Promise<SupervisionPrep | null> {
  return guard(async () => (await getDb().supervisionPreps.get(id)) ?? null);
}

/** Newest first, by the createdAt index. */
export function listSupervisionPreps(): Promise<SupervisionPrep[]> {
  return guard(() => getDb().supervisionPreps.orderBy("createdAt").reverse().toArray());
}

/** The most recently made prep: the default period starts where it ended. */
export function latestSupervisionPrep(): Promise<SupervisionPrep | null> {
  return guard(async () => (await getDb().supervisionPreps.orderBy("createdAt").last()) ?? null);
}
