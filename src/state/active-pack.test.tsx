import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { Suspense } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultPack } from "../content/default-pack";
import type { ContentPack } from "../domain/pack/schema";
import { useNotices } from "./notices";
import {
  PACK_PROBLEMS,
  connectPackSource,
  loadActivePackInfo,
  loadPackFor,
  refreshActivePack,
  useActivePack,
  useActivePackLoaded,
  usePackFor,
  type PackSource,
} from "./active-pack";

const orgPack = JSON.parse(
  readFileSync(join(process.cwd(), "docs/examples/example-org-pack.json"), "utf8"),
) as ContentPack;
const orgKey = `${orgPack.id}@${orgPack.version}`;

/** A stand-in for the database: a chosen key and the packs saved under their keys. */
function fakeSource(chosen: string | null, saved: Record<string, unknown>): PackSource {
  return {
    chosenKey: async () => chosen,
    read: async (key) => saved[key] ?? null,
  };
}

describe("the pack in use", () => {
  beforeEach(() => {
    connectPackSource(undefined);
    useNotices.setState({ notices: [] });
  });

  it("is the app's own pack when nothing is connected or chosen", async () => {
    expect(await loadActivePackInfo()).toEqual({ pack: defaultPack, key: null, problem: null });
    connectPackSource(fakeSource(null, { [orgKey]: orgPack }));
    expect((await loadActivePackInfo()).pack).toBe(defaultPack);
  });

  it("is the saved pack the person chose, checked again before use", async () => {
    connectPackSource(fakeSource(orgKey, { [orgKey]: orgPack }));
    const info = await loadActivePackInfo();
    expect(info.key).toBe(orgKey);
    expect(info.pack.stages.map((stage) => stage.label)).toEqual(
      orgPack.stages.map((stage) => stage.label),
    );
    expect(useNotices.getState().notices).toEqual([]);
  });

  it("falls back to the app's own pack when the saved one is broken, and says so once", async () => {
    const broken = { ...orgPack, stages: orgPack.stages.slice(0, 3) };
    connectPackSource(fakeSource(orgKey, { [orgKey]: broken }));
    // Every message shown, not only the one on screen (a newer one replaces the last).
    const shown: string[] = [];
    const stopListening = useNotices.subscribe(({ notices }, before) => {
      if (notices !== before.notices) shown.push(...notices.map((notice) => notice.text));
    });
    expect(await loadActivePackInfo()).toEqual({
      pack: defaultPack,
      key: null,
      problem: PACK_PROBLEMS.unreadable,
    });
    await loadActivePackInfo();
    await loadPackFor(orgPack.id, orgPack.version);
    stopListening();
    expect(shown).toEqual([PACK_PROBLEMS.unreadable]);
  });

  it("falls back when the chosen pack is missing or saved under another key", async () => {
    connectPackSource(fakeSource(orgKey, {}));
    expect((await loadActivePackInfo()).problem).toBe(PACK_PROBLEMS.missing);
    connectPackSource(fakeSource("other@1.0.0", { "other@1.0.0": orgPack }));
    expect((await loadActivePackInfo()).problem).toBe(PACK_PROBLEMS.unreadable);
  });

  it("falls back quietly when the database cannot be read at all", async () => {
    connectPackSource({
      chosenKey: () => Promise.reject(new Error("no IndexedDB")),
      read: async () => null,
    });
    expect(await loadActivePackInfo()).toEqual({ pack: defaultPack, key: null, problem: null });
    expect(useNotices.getState().notices).toEqual([]);
  });
});

describe("the pack a record was scored with", () => {
  beforeEach(() => connectPackSource(undefined));

  it("is the saved copy of that exact version, even when another pack is in use", async () => {
    connectPackSource(fakeSource(null, { [orgKey]: orgPack }));
    const pack = await loadPackFor(orgPack.id, orgPack.version);
    expect(pack.id).toBe(orgPack.id);
    expect(pack.stages[0]?.label).toBe(orgPack.stages[0]?.label);
  });

  it("is the app's own pack for a record scored with it, while an organisation pack is in use", async () => {
    connectPackSource(fakeSource(orgKey, { [orgKey]: orgPack }));
    expect(await loadPackFor(defaultPack.id, defaultPack.version)).toBe(defaultPack);
  });

  it("is the pack in use when that version is not kept here", async () => {
    connectPackSource(fakeSource(orgKey, { [orgKey]: orgPack }));
    const inUse = (await loadActivePackInfo()).pack;
    expect(await loadPackFor(defaultPack.id, "0.0.1")).toBe(inUse);
  });
});

function StageNames() {
  const pack = useActivePack();
  return <p>{pack.stages.map((stage) => stage.label).join(", ")}</p>;
}

describe("switching pack", () => {
  it("shows the new pack's words on screens already open, without a reload", async () => {
    const saved: Record<string, unknown> = { [orgKey]: orgPack };
    let chosen: string | null = null;
    connectPackSource({ chosenKey: async () => chosen, read: async (key) => saved[key] ?? null });
    await loadActivePackInfo();
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <StageNames />
        </Suspense>,
      );
    });
    expect(await screen.findByText(new RegExp(defaultPack.stages[0]!.label))).toBeVisible();
    chosen = orgKey;
    await act(async () => {
      await refreshActivePack();
    });
    expect(screen.getByText(new RegExp(orgPack.stages[0]!.label))).toBeVisible();
    expect(screen.queryByText("Loading…")).toBeNull();
  });
});

describe("a pack that has already loaded", () => {
  beforeEach(() => connectPackSource(undefined));

  it("is read at once, so a screen never shows its loading fallback for it", async () => {
    await loadActivePackInfo();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <StageNames />
      </Suspense>,
    );
    // Straight after the first render, before any promise has had a turn.
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(screen.getByText(new RegExp(defaultPack.stages[0]!.label))).toBeVisible();
  });

  it("is the same for the pack a record was scored with", async () => {
    const key = [defaultPack.id, defaultPack.version] as const;
    await loadPackFor(...key);
    function RecordPackName() {
      return <p>{usePackFor(...key).name}</p>;
    }
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <RecordPackName />
      </Suspense>,
    );
    expect(screen.getByText(defaultPack.name)).toBeVisible();
  });

  it("is reported ready without suspending, once it has loaded", async () => {
    const { result } = renderHook(() => useActivePackLoaded(true));
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    expect(renderHook(() => useActivePackLoaded(false)).result.current).toBe(true);
  });
});
