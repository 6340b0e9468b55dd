import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { saveWhenPageHides, useSaveBeforeLeaving } from "./unsaved-work";

function Form({ flush }: { flush: () => void }) {
  useSaveBeforeLeaving(flush);
  return null;
}

describe("saveWhenPageHides", () => {
  it("saves every form's pending input when the page goes away, and stops when asked", () => {
    const flush = vi.fn();
    const { unmount } = render(<Form flush={flush} />);
    const stop = saveWhenPageHides();
    window.dispatchEvent(new Event("pagehide"));
    expect(flush).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new Event("pagehide"));
    expect(flush).toHaveBeenCalledTimes(1);
    unmount();
  });
});
