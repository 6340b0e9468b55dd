import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveAllUnsavedWork } from "../../browser/unsaved-work";
import { getSupervisionPrep, saveSupervisionPrep } from "../../db/supervision";
import { resetDb } from "../../testing/db";
import { makeSupervisionPrep } from "../../testing/records";
import { SAVE_AFTER_MS } from "../../state/record-editor";
import { usePrepEditor } from "./use-prep-editor";

describe("a prep being edited", () => {
  beforeEach(resetDb);
  afterEach(() => vi.useRealTimers());

  async function start() {
    const stored = await saveSupervisionPrep(makeSupervisionPrep({ id: "prep-1" }));
    return renderHook(() => usePrepEditor(stored));
  }

  it("saves itself after a pause and says so quietly", async () => {
    const { result } = await start();
    // The pause is the editor's own timer; IndexedDB (fake-indexeddb) keeps real time.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    act(() => result.current.update((prep) => ({ ...prep, whatToBring: "Workload." })));
    expect(result.current.prep.whatToBring).toBe("Workload.");
    await act(() => vi.advanceTimersByTimeAsync(SAVE_AFTER_MS - 1));
    expect(result.current.status).toBe("");
    expect((await getSupervisionPrep("prep-1"))?.whatToBring).not.toBe("Workload.");

    await act(() => vi.advanceTimersByTimeAsync(1));
    vi.useRealTimers();
    await waitFor(() => expect(result.current.status).toBe("Saved on this device."));
    expect((await getSupervisionPrep("prep-1"))?.whatToBring).toBe("Workload.");
  });

  it("checks the record before saving, and keeps the typing on screen when it cannot save", async () => {
    const { result } = await start();
    act(() => result.current.update((prep) => ({ ...prep, agenda: ["   "] })));
    await act(() => result.current.flush());
    expect(result.current.status).toMatch(/^Not saved yet: /);
    expect(result.current.prep.agenda).toEqual(["   "]);
    expect((await getSupervisionPrep("prep-1"))?.agenda).toEqual(["The late visit", "Workload"]);
  });

  it("saves what was typed when the screen closes or the app updates, without waiting", async () => {
    const { result, unmount } = await start();
    act(() => result.current.update((prep) => ({ ...prep, whatToBring: "Before the update." })));
    await act(() => saveAllUnsavedWork());
    expect((await getSupervisionPrep("prep-1"))?.whatToBring).toBe("Before the update.");

    act(() => result.current.update((prep) => ({ ...prep, whatToBring: "Before closing." })));
    unmount();
    await waitFor(async () =>
      expect((await getSupervisionPrep("prep-1"))?.whatToBring).toBe("Before closing."),
    );
  });
});
