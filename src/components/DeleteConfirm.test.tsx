import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DeleteConfirm, isConfirmWord } from "./DeleteConfirm";

function renderConfirm() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <DeleteConfirm
      advice={<p>Keep a copy first.</p>}
      busy={false}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { onConfirm, onCancel };
}

describe("confirming delete all", () => {
  it("accepts the word with any capitals and spaces around it, and nothing else", () => {
    expect(isConfirmWord("DELETE")).toBe(true);
    expect(isConfirmWord("  delete ")).toBe(true);
    expect(isConfirmWord("Delete")).toBe(true);
    expect(isConfirmWord("")).toBe(false);
    expect(isConfirmWord("delet")).toBe(false);
    expect(isConfirmWord("delete all")).toBe(false);
  });

  it("says its advice first", () => {
    renderConfirm();
    expect(screen.getByRole("heading", { name: "Before you delete" })).toHaveFocus();
    expect(screen.getByText("Keep a copy first.")).toBeVisible();
  });

  it("deletes nothing until the word is typed, and says what to do", async () => {
    const user = userEvent.setup();
    const { onConfirm } = renderConfirm();
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Type the word DELETE in the box to confirm. Nothing has been deleted.",
    );
    await user.type(screen.getByLabelText("To delete everything, type DELETE"), "remove");
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("deletes once the word is typed", async () => {
    const user = userEvent.setup();
    const { onConfirm } = renderConfirm();
    await user.type(screen.getByLabelText("To delete everything, type DELETE"), " delete ");
    await user.click(screen.getByRole("button", { name: "Delete everything" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("keeps the data when the person changes their mind", async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderConfirm();
    await user.click(screen.getByRole("button", { name: "Keep my data" }));
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
