import { beforeEach, describe, expect, it } from "vitest";
import { useNotices } from "./notices";

describe("short messages", () => {
  beforeEach(() => useNotices.setState({ notices: [] }));

  it("are shown one at a time: a newer message replaces the one before", () => {
    const { show } = useNotices.getState();
    show({ tone: "info", text: "Added “Drink water” to your plan." });
    show({ tone: "info", text: "Added “Take a break” to your plan." });
    expect(useNotices.getState().notices.map((notice) => notice.text)).toEqual([
      "Added “Take a break” to your plan.",
    ]);
  });

  it("go away by themselves only when they are plain confirmations", () => {
    const { show } = useNotices.getState();
    show({ tone: "info", text: "Saved." });
    expect(useNotices.getState().notices[0]?.expiresAfterMs).toBe(8_000);
    show({ tone: "problem", text: "Could not save." });
    expect(useNotices.getState().notices[0]?.expiresAfterMs).toBeUndefined();
  });

  it("can be dismissed", () => {
    const id = useNotices.getState().show({ tone: "info", text: "Saved." });
    useNotices.getState().dismiss(id);
    expect(useNotices.getState().notices).toEqual([]);
  });
});
