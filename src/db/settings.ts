import { getDb } from "./database";
import { guard } from "./errors";
import { writePersonal } from "./write";

export async function readSetting<T>(key: string): Promise<T | undefined> {
  return guard(async () => (await getDb().settings.get(key))?.value as T | undefined);
}

export function writeSetting(key: string, value: unknown): Promise<void> {
  return writePersonal(
    (db) => [db.settings],
    async () => {
      await getDb().settings.put({ key, value });
    },
  );
}

export function deleteSetting(key: string): Promise<void> {
  return writePersonal(
    (db) => [db.settings],
    async () => {
      await getDb().settings.delete(key);
    },
  );
}
