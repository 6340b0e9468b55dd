import { act, renderHook, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { saveAllUnsavedWork } from "../../browser/unsaved-work";
import { getSupervisionPrep, saveSupervisionPrep } from "../../db/supervision";
import { resetDb } from "../../testing/db";
import { makeSupervisionPrep } from "../../testing/records";
import { usePrepEditor } from "./use-prep-editor";

describe("a prep being edited", () => {
  beforeEach(resetDb);

  async function start() {
    const stored = await saveSupervisionPrep(makeSupervisionPrep({ id: "prep-1" }));
    return renderHook(() => usePrepEditor(stored));
  }

  it("saves itself after a pause and says so quietly", async () => {
    const { result } = await start();
    act(() => result.current.update((prep) => ({ ...prep, whatToBring: "Workload." })));
    expect(result.current.prep.whatToBring).toBe("Workload.");
    expect(result.current.status).toBe("");
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
