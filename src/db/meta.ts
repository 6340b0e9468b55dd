import { getDb } from "./database";
import { guard } from "./errors";

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return guard(async () => (await getDb().meta.get(key))?.value as T | undefined);
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  await guard(() => getDb().meta.put({ key, value }));
}

export async function deleteMeta(key: string): Promise<void> {
  await guard(() => getDb().meta.delete(key));
}
