import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import LockScreen, { AFTER_FORGOTTEN } from "./LockScreen";

describe("a forgotten passcode on the lock screen", () => {
  it("deletes everything only after the word is typed, then goes to restore a backup", async () => {
    const user = userEvent.setup();
    const deleteEverything = vi.fn(async () => undefined);
    render(<LockScreen deleteEverything={deleteEverything} />);
    expect(screen.getByRole("heading", { name: "Forgotten your passcode?" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Delete everything on this device…" }));
    expect(screen.getByText(/restore your backup file in Your data/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(deleteEverything).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText("To delete everything, type DELETE"), "delete");
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(deleteEverything).toHaveBeenCalledWith(AFTER_FORGOTTEN);
    expect(AFTER_FORGOTTEN).toMatch(/^\/settings\/data/);
  });

  it("keeps everything when the person changes their mind", async () => {
    const user = userEvent.setup();
    const deleteEverything = vi.fn(async () => undefined);
    render(<LockScreen deleteEverything={deleteEverything} />);
    await user.click(screen.getByRole("button", { name: "Delete everything on this device…" }));
    await user.click(screen.getByRole("button", { name: "Keep my data" }));
    expect(screen.getByRole("button", { name: "Delete everything on this device…" })).toBeVisible();
    expect(deleteEverything).not.toHaveBeenCalled();
  });
});
