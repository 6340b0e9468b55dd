/**
 * Stories of practice: kept privately, each with the uses agreed to. Every write goes
 * through writePersonal, so the lock seals it.
 */
import type { PracticeStory } from "../domain/organisation/schema";
import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export type PracticeStoryInput = Omit<PracticeStory, "id" | "createdAt" | "updatedAt">;

export function addPracticeStory(
  input: PracticeStoryInput,
  now: Date = new Date(),
): Promise<string> {
  return writePersonal(
    (db) => [db.practiceStories],
    async () => {
      const id = crypto.randomUUID();
      const stamp = now.toISOString();
      await getDb().practiceStories.put({ ...input, id, createdAt: stamp, updatedAt: stamp });
      return id;
    },
  );
}

/** Changes a story; a missing one (deleted in another tab) is left alone. */
export function changePracticeStory(
  id: string,
  change: (story: PracticeStory) => PracticeStory,
  now: Date = new Date(),
): Promise<void> {
  return writePersonal(
    (db) => [db.practiceStories],
    async () => {
      const db = getDb();
      const story = await db.practiceStories.get(id);
      if (!story) return;
      await db.practiceStories.put({ ...change(story), id, updatedAt: now.toISOString() });
    },
  );
}

export function deletePracticeStory(id: string): Promise<void> {
  return writePersonal(
    (db) => [db.practiceStories],
    () => getDb().practiceStories.delete(id),
  );
}

/** Every story, newest first. */
export function listPracticeStories(): Promise<PracticeStory[]> {
  return guard(() => getDb().practiceStories.orderBy("createdAt").reverse().toArray());
}
