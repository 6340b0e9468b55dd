import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { saveAllUnsavedWork } from "../browser/unsaved-work";
import { useRecordEditor } from "./record-editor";

type Note = { title: string; text: string };
const stored: Note = { title: "Steering group", text: "" };
const needsTitle = (note: Note) => (note.title.trim() ? null : "give it a title.");

describe("a record being written", () => {
  it("saves itself after a pause and says so quietly", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useRecordEditor(stored, needsTitle, save));
    act(() => result.current.update((note) => ({ ...note, text: "Meets monthly." })));
    expect(result.current.record.text).toBe("Meets monthly.");
    await waitFor(() => expect(result.current.status).toBe("Saved on this device."));
    expect(save).toHaveBeenLastCalledWith({ title: "Steering group", text: "Meets monthly." });
  });

  it("does not save a change that is not valid yet, says why, and keeps it on screen", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useRecordEditor(stored, needsTitle, save));
    act(() => result.current.update((note) => ({ ...note, title: " " })));
    await act(() => result.current.flush());
    expect(result.current.status).toBe("Not saved yet: give it a title.");
    expect(result.current.record.title).toBe(" ");
    expect(save).not.toHaveBeenCalled();
  });

  it("saves typing still waiting for its pause when the app updates", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useRecordEditor(stored, needsTitle, save));
    act(() => result.current.update((note) => ({ ...note, text: "Before the update." })));
    await act(() => saveAllUnsavedWork());
    expect(save).toHaveBeenCalledWith({ title: "Steering group", text: "Before the update." });
  });

  it("keeps the typing on screen when the device cannot save it", async () => {
    const save = vi.fn(() => Promise.reject(new Error("The device is full.")));
    const { result } = renderHook(() => useRecordEditor(stored, needsTitle, save));
    act(() => result.current.update((note) => ({ ...note, text: "Kept." })));
    await act(() => result.current.flush());
    expect(result.current.status).toBe("Not saved yet. The device is full.");
    expect(result.current.record.text).toBe("Kept.");
  });

  it("tries a failed save once more when the screen closes", async () => {
    const save = vi
      .fn<(note: Note) => Promise<void>>()
      .mockRejectedValueOnce(new Error("The device is full."))
      .mockResolvedValue(undefined);
    const { result, unmount } = renderHook(() => useRecordEditor(stored, needsTitle, save));
    act(() => result.current.update((note) => ({ ...note, text: "Kept." })));
    await act(() => result.current.flush());
    expect(result.current.status).toBe("Not saved yet. The device is full.");
    unmount();
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save).toHaveBeenLastCalledWith({ ...stored, text: "Kept." });
  });

  it("shows a newer stored copy, unless there is typing not yet saved", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = renderHook(({ copy }) => useRecordEditor(copy, needsTitle, save), {
      initialProps: { copy: stored },
    });
    rerender({ copy: { ...stored, text: "From another tab." } });
    expect(result.current.record.text).toBe("From another tab.");
    act(() => result.current.update((note) => ({ ...note, text: "Mine." })));
    rerender({ copy: { ...stored, text: "Newer elsewhere." } });
    expect(result.current.record.text).toBe("Mine.");
  });
});
