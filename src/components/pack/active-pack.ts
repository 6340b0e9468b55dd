import { use } from "react";
import { loadDefaultPack } from "../../content";
import type { ContentPack } from "../../domain/pack/schema";

let active: Promise<ContentPack> | undefined;

/** The content pack in use. Loaded once, lazily, so its text stays off the first download. */
export function loadActivePack(): Promise<ContentPack> {
  active ??= loadDefaultPack();
  return active;
}

/** Suspends until the pack is loaded (screens sit inside a Suspense boundary). */
export function useActivePack(): ContentPack {
  return use(loadActivePack());
}
