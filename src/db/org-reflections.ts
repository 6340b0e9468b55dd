/**
 * Team reflections: the one being filled in (saved as people answer, so a reload keeps
 * it) and the saved ones. Every write goes through writePersonal, so the lock seals it.
 */
import {
  REFLECTION_DRAFT_ID,
  applyReflectionChange,
  type ReflectionChange,
} from "../domain/organisation/reflection-draft";
import type { TeamReflection } from "../domain/organisation/schema";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export interface DraftStart {
  heldOn: string;
  packId: string;
  packVersion: string;
}

/** Changes the reflection being filled in, making it on the first change. */
export function changeReflectionDraft(
  change: ReflectionChange,
  start: DraftStart,
  now: Date = new Date(),
): Promise<void> {
  return writePersonal(
    (db) => [db.teamReflections],
    async () => {
      const db = getDb();
      const stamp = now.toISOString();
      const draft: TeamReflection = (await db.teamReflections.get(REFLECTION_DRAFT_ID)) ?? {
        id: REFLECTION_DRAFT_ID,
        createdAt: stamp,
        updatedAt: stamp,
        status: "draft",
        ranBy: "meeting",
        principles: [],
        ...start,
      };
      await db.teamReflections.put({ ...applyReflectionChange(draft, change), updatedAt: stamp });
    },
  );
}

/** Saves the reflection being filled in under its own id. Returns that id, or null if none. */
export function saveReflection(now: Date = new Date()): Promise<string | null> {
  return writePersonal(
    (db) => [db.teamReflections],
    async () => {
      const db = getDb();
      const draft = await db.teamReflections.get(REFLECTION_DRAFT_ID);
      if (!draft) return null;
      const id = crypto.randomUUID();
      const stamp = now.toISOString();
      await db.teamReflections.put({
        ...draft,
        id,
        status: "saved",
        createdAt: stamp,
        updatedAt: stamp,
      });
      await db.teamReflections.delete(REFLECTION_DRAFT_ID);
      return id;
    },
  );
}

export function discardReflectionDraft(): Promise<void> {
  return writePersonal(
    (db) => [db.teamReflections],
    () => getDb().teamReflections.delete(REFLECTION_DRAFT_ID),
  );
}

export function deleteReflection(id: string): Promise<void> {
  return writePersonal(
    (db) => [db.teamReflections],
    () => getDb().teamReflections.delete(id),
  );
}

export function readReflectionDraft(): Promise<TeamReflection | null> {
  return guard(async () => (await getDb().teamReflections.get(REFLECTION_DRAFT_ID)) ?? null);
}

/** Saved reflections, newest first (by the day held, then when saved). */
export function listReflections(): Promise<TeamReflection[]> {
  return guard(async () => {
    const saved = await getDb()
      .teamReflections.filter((reflection) => reflection.status === "saved")
      .toArray();
    return saved.sort(
      (a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt),
    );
  });
}
