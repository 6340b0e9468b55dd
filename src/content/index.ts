import type { ContentPack } from "../domain/pack/schema";

/** Loads the default pack as its own chunk, so it stays off the first screen. */
export async function loadDefaultPack(): Promise<ContentPack> {
  const { defaultPack } = await import("./default-pack");
  return defaultPack;
}
