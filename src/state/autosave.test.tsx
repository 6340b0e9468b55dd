import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAutosavedText } from "./autosave";

describe("text that saves itself", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows a newer stored copy (another tab, a restore, delete-all) when nothing typed is waiting", () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = renderHook(({ saved }) => useAutosavedText(saved, save), {
      initialProps: { saved: "A walk" },
    });
    rerender({ saved: "A walk and a swim" });
    expect(result.current.text).toBe("A walk and a swim");
    rerender({ saved: "" });
    expect(result.current.text).toBe("");
    expect(save).not.toHaveBeenCalled();
  });

  it("keeps words typed but not yet saved, whatever arrives from elsewhere, then saves them", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = renderHook(({ saved }) => useAutosavedText(saved, save), {
      initialProps: { saved: "A walk" },
    });
    act(() => result.current.change("A walk at lunch"));
    rerender({ saved: "Something from another tab" });
    expect(result.current.text).toBe("A walk at lunch");
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(save).toHaveBeenCalledWith("A walk at lunch");
  });
});
