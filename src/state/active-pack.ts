/**
 * The content pack in use, and the pack each saved record was scored with.
 *
 * The app's own pack is used until the person chooses a saved one (Settings, Content
 * pack). A saved pack is read through a PackSource that the app connects at start
 * (src/db/packs.ts: shared components do not reach into the database themselves), and
 * checked again with parseContentPack before use. If it cannot be used, the app's own
 * pack stands in and the person is told once.
 *
 * Screens read packs with `use()`, so they suspend until a pack is loaded. Switching
 * pack calls refreshActivePack(): the new pack is loaded first, then every screen
 * re-renders with it straight away, without a reload.
 */
import { use, useEffect, useState } from "react";
import { create } from "zustand";
import { loadDefaultPack } from "../content";
import { isSettled, settled, tracked } from "../browser/tracked";
import type { ContentPack } from "../domain/pack/schema";
import { useNotices } from "./notices";

export interface PackSource {
  /** Key (`id@version`) of the saved pack the person chose, or null for the app's own. */
  chosenKey(): Promise<string | null>;
  /** A saved pack as stored (not yet checked), or null when it is not kept here. */
  read(key: string): Promise<unknown>;
}

export interface ActivePack {
  pack: ContentPack;
  /** The saved pack's key, or null when the app's own pack is in use. */
  key: string | null;
  /** Why the chosen pack could not be used (the app's own pack stands in), or null. */
  problem: string | null;
}

export const PACK_PROBLEMS = {
  missing:
    "The content pack you chose is no longer on this device, so the app is using its own wording. You can load the pack again in Settings, under Content pack.",
  unreadable:
    "Your organisation’s content pack could not be read, so the app is using its own wording for now. Loading the pack file again in Settings, under Content pack, may fix this.",
} as const;

let source: PackSource | undefined;
let active: Promise<ActivePack> | undefined;
let byRecord = new Map<string, Promise<ContentPack>>();
let toldAboutProblem = false;

/** Bumped when the pack in use changes, so every screen reading a pack renders again. */
const usePackGeneration = create<{ generation: number }>(() => ({ generation: 0 }));

type Checked = { ok: true; pack: ContentPack } | { ok: false; why: keyof typeof PACK_PROBLEMS };

/** Reads a saved pack and checks it as if it had just arrived from a file. */
async function readChecked(from: PackSource, key: string): Promise<Checked> {
  try {
    const stored = await from.read(key);
    if (stored === null || stored === undefined) return { ok: false, why: "missing" };
    // The checker (and zod) load only for people who use a saved pack.
    const { parseContentPack } = await import("../domain/pack/parse");
    const parsed = parseContentPack(stored);
    if (!parsed.ok || `${parsed.pack.id}@${parsed.pack.version}` !== key) {
      return { ok: false, why: "unreadable" };
    }
    return { ok: true, pack: parsed.pack };
  } catch {
    return { ok: false, why: "unreadable" };
  }
}

function tellOnce(problem: string): void {
  if (toldAboutProblem) return;
  toldAboutProblem = true;
  useNotices.getState().show({ tone: "info", text: problem });
}

async function resolveActive(from: PackSource | undefined): Promise<ActivePack> {
  const ownPack = await loadDefaultPack();
  const own: ActivePack = { pack: ownPack, key: null, problem: null };
  if (!from) return own;
  let key: string | null;
  try {
    key = await from.chosenKey();
  } catch {
    // The database cannot be read at all: the app's storage banner already says so.
    return own;
  }
  if (key === null) return own;
  const checked = await readChecked(from, key);
  if (checked.ok) return { pack: checked.pack, key, problem: null };
  const problem = PACK_PROBLEMS[checked.why];
  tellOnce(problem);
  return { ...own, problem };
}

/** Connects where saved packs are read from. The app calls this once, before the first screen. */
export function connectPackSource(next: PackSource | undefined): void {
  source = next;
  active = undefined;
  byRecord = new Map();
  toldAboutProblem = false;
  usePackGeneration.setState((state) => ({ generation: state.generation + 1 }));
}

/** The pack in use and where it came from. Loaded once, lazily, so its text stays off the first download. */
export function loadActivePackInfo(): Promise<ActivePack> {
  active ??= tracked(resolveActive(source));
  return active;
}

export function loadActivePack(): Promise<ContentPack> {
  return loadActivePackInfo().then((info) => info.pack);
}

/**
 * Reads the chosen pack again (after it is switched, loaded, removed or restored from a
 * backup) and shows it on every screen once it is ready.
 */
export async function refreshActivePack(): Promise<ActivePack> {
  toldAboutProblem = false;
  const next = await resolveActive(source);
  active = settled(next);
  byRecord = new Map();
  usePackGeneration.setState((state) => ({ generation: state.generation + 1 }));
  return next;
}

/**
 * The pack a record was scored with: the pack in use or the app's own when they match,
 * else the saved copy of that version. When that version is not kept here (an older
 * version of the app's own pack, say), the pack in use stands in.
 */
export function loadPackFor(packId: string, version: string): Promise<ContentPack> {
  const key = `${packId}@${version}`;
  let found = byRecord.get(key);
  if (!found) {
    found = tracked(
      (async () => {
        const current = (await loadActivePackInfo()).pack;
        if (current.id === packId && current.version === version) return current;
        const own = await loadDefaultPack();
        if (own.id === packId && own.version === version) return own;
        if (source) {
          const checked = await readChecked(source, key);
          if (checked.ok) return checked.pack;
        }
        return current;
      })(),
    );
    byRecord.set(key, found);
  }
  return found;
}

/**
 * Whether the pack in use has loaded, starting to load it when `needed`; never suspends.
 * For a screen that draws in one piece: it waits for the pack beside its data, and its
 * parts then read the pack with useActivePack without ever showing a fallback.
 */
export function useActivePackLoaded(needed: boolean): boolean {
  usePackGeneration((state) => state.generation);
  const promise = needed ? loadActivePackInfo() : null;
  const [, setTick] = useState(0);
  const ready = promise === null || isSettled(promise);
  useEffect(() => {
    if (ready || promise === null) return;
    let live = true;
    const again = () => live && setTick((tick) => tick + 1);
    promise.then(again, again);
    return () => {
      live = false;
    };
  }, [promise, ready]);
  return ready;
}

/** Suspends until the pack is loaded (screens sit inside a Suspense boundary). */
export function useActivePack(): ContentPack {
  return useActivePackInfo().pack;
}

export function useActivePackInfo(): ActivePack {
  usePackGeneration((state) => state.generation);
  return use(loadActivePackInfo());
}

/** The pack a saved record was scored with (see loadPackFor). Suspends while it loads. */
export function usePackFor(packId: string, version: string): ContentPack {
  usePackGeneration((state) => state.generation);
  return use(loadPackFor(packId, version));
}
