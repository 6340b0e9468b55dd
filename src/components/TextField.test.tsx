import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { TextField } from "./TextField";

function Field({ problem }: { problem?: string }) {
  const [value, setValue] = useState("");
  return (
    <TextField
      id="what"
      label="An action you agreed"
      hint="It goes to your plan."
      problem={problem}
      value={value}
      onChange={setValue}
      maxLength={10}
    />
  );
}

describe("TextField", () => {
  it("announces its hint, and its problem when there is one, with the box", () => {
    const { rerender } = render(<Field />);
    const box = screen.getByRole("textbox", { name: "An action you agreed" });
    expect(box).toHaveAccessibleDescription("It goes to your plan.");
    expect(box).not.toHaveAttribute("aria-invalid");

    rerender(<Field problem="Write what you agreed first." />);
    expect(box).toHaveAccessibleDescription("It goes to your plan. Write what you agreed first.");
    expect(box).toHaveAttribute("aria-invalid", "true");
  });

  it("keeps what is typed, up to its limit", async () => {
    render(<Field />);
    const box = screen.getByRole("textbox", { name: "An action you agreed" });
    await userEvent.type(box, "Book a day off soon");
    expect(box).toHaveValue("Book a day");
  });
});
