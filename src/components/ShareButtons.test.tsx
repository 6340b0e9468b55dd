import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useNotices } from "../state/notices";
import { ShareButtons } from "./ShareButtons";

afterEach(() => vi.unstubAllGlobals());

describe("ShareButtons", () => {
  it("offers Save only with a file name, and names what each button sends", () => {
    const { rerender } = render(<ShareButtons title="Plan" text="Walk at lunch." />);
    expect(screen.queryByRole("button", { name: "Save as a text file" })).toBeNull();
    expect(screen.getByRole("heading", { name: "The text that Copy sends" })).toBeVisible();
    rerender(<ShareButtons title="Plan" text="Walk at lunch." fileName="plan.txt" />);
    expect(screen.getByRole("button", { name: "Save as a text file" })).toBeVisible();
    expect(screen.getByRole("heading", { name: "The text that Save and Copy send" })).toBeVisible();
    expect(screen.getByText("Walk at lunch.")).toBeVisible();
  });

  it("says so when the browser will not copy, and nothing else happens", async () => {
    vi.stubGlobal("navigator", {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error("denied")) },
    });
    render(<ShareButtons title="Plan" text="Walk at lunch." />);
    await userEvent.click(screen.getByRole("button", { name: "Copy the text" }));
    await vi.waitFor(() => expect(useNotices.getState().notices.at(-1)?.tone).toBe("problem"));
  });
});
