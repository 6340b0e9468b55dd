import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PasscodeForm } from "./PasscodeForm";

const NEW = { id: "new-passcode", label: "New passcode", isNew: true };

type Save = (values: string[]) => Promise<string | null>;

function setUp(onSubmit = vi.fn<Save>(async () => null)) {
  render(
    <PasscodeForm
      fields={[{ id: "current-passcode", label: "Current passcode" }, NEW]}
      submitLabel="Change passcode"
      busyLabel="Changing…"
      onSubmit={onSubmit}
      onCancel={vi.fn()}
    />,
  );
  return onSubmit;
}

describe("PasscodeForm", () => {
  // jsdom lays nothing out, so it has no scrollIntoView; the summary's links call it.
  Element.prototype.scrollIntoView = vi.fn();

  it("shows two passcodes that differ in a focused summary and at the second box", async () => {
    const onSubmit = setUp();
    await userEvent.type(screen.getByLabelText("Current passcode"), "otters by the weir");
    await userEvent.type(screen.getByLabelText("New passcode"), "herons on the bank");
    await userEvent.type(screen.getByLabelText("Type the new passcode again"), "herons on a bank");
    await userEvent.click(screen.getByRole("button", { name: "Change passcode" }));

    const message = "The two new passcodes are not the same. Please type them again.";
    expect(screen.getByRole("alert")).toHaveFocus();
    const again = screen.getByLabelText("Type the new passcode again");
    expect(again).toHaveAttribute("aria-invalid", "true");
    expect(again).toHaveAccessibleDescription(message);
    expect(screen.getByLabelText("New passcode")).not.toHaveAttribute("aria-invalid");
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("link", { name: message }));
    expect(again).toHaveFocus();
  });

  it("shows what the save returned at the first box, and clears it when a save works", async () => {
    const onSubmit = setUp(
      vi
        .fn<Save>()
        .mockResolvedValueOnce("That passcode did not work. Please try again.")
        .mockResolvedValueOnce(null),
    );
    await userEvent.type(screen.getByLabelText("Current passcode"), "wrong guess here");
    await userEvent.type(screen.getByLabelText("New passcode"), "herons on the bank");
    await userEvent.type(
      screen.getByLabelText("Type the new passcode again"),
      "herons on the bank",
    );
    await userEvent.click(screen.getByRole("button", { name: "Change passcode" }));

    const current = screen.getByLabelText("Current passcode");
    expect(await screen.findByRole("alert")).toHaveFocus();
    expect(current).toHaveAccessibleDescription("That passcode did not work. Please try again.");

    await userEvent.click(screen.getByRole("button", { name: "Change passcode" }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(current).not.toHaveAttribute("aria-invalid");
  });

  it("says what is wrong at the new passcode, with the rule as its hint, never the same words twice", async () => {
    const onSubmit = setUp();
    await userEvent.type(screen.getByLabelText("Current passcode"), "otters by the weir");
    const fresh = screen.getByLabelText("New passcode");
    await userEvent.click(screen.getByRole("button", { name: "Change passcode" }));
    expect(fresh).toHaveAccessibleDescription(
      "Use at least 8 characters. A few words you will remember are best. Enter a new passcode.",
    );

    await userEvent.type(fresh, "short");
    await userEvent.click(screen.getByRole("button", { name: "Change passcode" }));
    expect(screen.getByRole("alert")).toHaveTextContent("This passcode is too short.");
    const words = fresh.getAttribute("aria-describedby")!.split(" ");
    const texts = words.map((id) => document.getElementById(id)?.textContent ?? "");
    expect(new Set(texts).size).toBe(texts.length);

    // Typing again clears the old message and brings the live hint back.
    await userEvent.clear(fresh);
    await userEvent.type(fresh, "herons on the bank");
    expect(fresh).toHaveAccessibleDescription(/^This looks strong\. Someone with a copy/);
    expect(fresh).not.toHaveAttribute("aria-invalid");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
