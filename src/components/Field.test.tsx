import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { ChoiceGroup } from "./ChoiceGroup";
import { ErrorSummary } from "./ErrorSummary";
import { Field } from "./Field";

function Controlled({ problem }: { problem?: string }) {
  const [value, setValue] = useState("");
  return (
    <Field
      id="what"
      label="An action you agreed"
      hint="It goes to your plan."
      error={problem}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      maxLength={10}
    />
  );
}

interface Values {
  title: string;
  note: string;
}

/** A react-hook-form form as the screens write one: summary on top, messages at the boxes. */
function Registered({ onSave }: { onSave: (values: Values) => void }) {
  const form = useForm<Values>({ defaultValues: { title: "", note: "" }, shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const summary = (["title", "note"] as const).flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId: `reminder-${name}`, message }] : [];
  });
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(onSave)(event)}>
      <ErrorSummary errors={summary} attempt={submitCount} />
      <Field
        id="reminder-title"
        label="What the reminder says"
        hint="A plain title is best."
        error={errors.title?.message}
        {...form.register("title", { required: "Write a few words for the reminder." })}
      />
      <Field
        id="reminder-note"
        label="A note"
        kind="area"
        {...form.register("note", { required: "Write a note." })}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe("Field", () => {
  // jsdom lays nothing out, so it has no scrollIntoView; the summary's links call it.
  Element.prototype.scrollIntoView = vi.fn();

  it("announces its hint, and its message when there is one, with the box", () => {
    const { rerender } = render(<Controlled />);
    const box = screen.getByRole("textbox", { name: "An action you agreed" });
    expect(box).toHaveAccessibleDescription("It goes to your plan.");
    expect(box).not.toHaveAttribute("aria-invalid");
    expect(box).toHaveAttribute("autocomplete", "off");

    rerender(<Controlled problem="Write what you agreed first." />);
    expect(box).toHaveAccessibleDescription("It goes to your plan. Write what you agreed first.");
    expect(box).toHaveAttribute("aria-invalid", "true");
    // The message sits at the field, between the hint and the box, as GOV.UK shows it.
    const message = screen.getByText("Write what you agreed first.");
    expect(message.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("keeps what is typed when its value is held by the screen, up to its limit", async () => {
    render(<Controlled />);
    const box = screen.getByRole("textbox", { name: "An action you agreed" });
    await userEvent.type(box, "Book a day off soon");
    expect(box).toHaveValue("Book a day");
  });

  it("hands what is typed to react-hook-form through register", async () => {
    const onSave = vi.fn();
    render(<Registered onSave={onSave} />);
    await userEvent.type(screen.getByRole("textbox", { name: "What the reminder says" }), "Tea");
    await userEvent.type(screen.getByRole("textbox", { name: "A note" }), "Line one");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith({ title: "Tea", note: "Line one" }, expect.anything());
    expect(screen.getByRole("textbox", { name: "A note" }).tagName).toBe("TEXTAREA");
  });

  it("on a failed submit shows the summary, focused, and the message at the field", async () => {
    const onSave = vi.fn();
    render(<Registered onSave={onSave} />);
    const save = screen.getByRole("button", { name: "Save" });
    await userEvent.click(save);

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveFocus();
    const box = screen.getByRole("textbox", { name: "What the reminder says" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(
      "A plain title is best. Write a few words for the reminder.",
    );
    expect(onSave).not.toHaveBeenCalled();

    // Each entry leads to its field.
    await userEvent.click(
      screen.getByRole("link", { name: "Write a few words for the reminder." }),
    );
    expect(box).toHaveFocus();

    // A second failed submit, with the same problem, brings focus back to the summary.
    await userEvent.click(save);
    expect(screen.getByRole("alert")).toHaveFocus();
  });

  it("does not pull focus away while someone mends one of two problems", async () => {
    render(<Registered onSave={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getAllByRole("link")).toHaveLength(2);
    const note = screen.getByRole("textbox", { name: "A note" });
    await userEvent.type(note, "Still here");
    // The note's problem is mended as it is typed; the title's stays in the summary.
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(note).toHaveFocus();
    expect(note).toHaveValue("Still here");
  });

  it("as a select, offers its options and hands the chosen one to the screen", async () => {
    const onChange = vi.fn();
    render(
      <Field
        id="length"
        label="How long"
        kind="select"
        options={[
          { value: "15", label: "15 minutes" },
          { value: "30", label: "30 minutes" },
        ]}
        defaultValue="15"
        onChange={(event) => onChange(event.target.value)}
      />,
    );
    const select = screen.getByRole("combobox", { name: "How long" });
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "15 minutes",
      "30 minutes",
    ]);
    await userEvent.selectOptions(select, "30");
    expect(onChange).toHaveBeenCalledWith("30");
  });

  it("can put its label in the section's heading, with something before the box", () => {
    render(
      <section aria-labelledby="plan-heading">
        <Field
          id="plan"
          label="What keeps me well"
          labelHeading={{ level: 2, id: "plan-heading" }}
          hint="For example: a walk."
          beforeBox={<details>Why this helps</details>}
          kind="area"
        />
      </section>,
    );
    const heading = screen.getByRole("heading", { level: 2, name: "What keeps me well" });
    expect(heading).toHaveAttribute("id", "plan-heading");
    expect(screen.getByRole("region", { name: "What keeps me well" })).toBeInTheDocument();
    const box = screen.getByRole("textbox", { name: "What keeps me well" });
    expect(box).toHaveAccessibleDescription("For example: a walk.");
    const extra = screen.getByText("Why this helps");
    expect(extra.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("keeps a button beside the box on one row, and the message at the box", () => {
    render(
      <Field
        id="agenda"
        label="Add to the agenda"
        error="Write something to add first."
        beside={<button type="submit">Add</button>}
      />,
    );
    const box = screen.getByRole("textbox", { name: "Add to the agenda" });
    const button = screen.getByRole("button", { name: "Add" });
    expect(box.parentElement).toBe(button.parentElement);
    expect(box.parentElement).toHaveClass("field-row");
    expect(box).toHaveAccessibleDescription("Write something to add first.");
  });

  it("as a tick box, puts its label beside the box and its message above, and hands the tick to register", async () => {
    const onSave = vi.fn();
    function Consent() {
      const form = useForm<{ agreed: boolean }>({ defaultValues: { agreed: false } });
      const problem = form.formState.errors.agreed?.message;
      return (
        <form noValidate onSubmit={(event) => void form.handleSubmit(onSave)(event)}>
          <Field
            id="agreed"
            kind="checkbox"
            label="They are happy with it"
            error={problem}
            {...form.register("agreed", { validate: (v) => v || "Ask them first." })}
          />
          <button type="submit">Start</button>
        </form>
      );
    }
    render(<Consent />);
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    const box = screen.getByRole("checkbox", { name: "They are happy with it" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription("Ask them first.");
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(onSave).toHaveBeenCalledWith({ agreed: true }, expect.anything());
  });
});

describe("ChoiceGroup", () => {
  const OPTIONS = [
    { value: "weekly", label: "Every week" },
    { value: "monthly", label: "Every month" },
  ] as const;

  it("in a react-hook-form form, ties its hint and message to the group and hands on the choice", async () => {
    const onSave = vi.fn();
    function Rhythm() {
      const form = useForm<{ rhythm: string }>({ defaultValues: { rhythm: "" } });
      const message = form.formState.errors.rhythm?.message;
      return (
        <form noValidate onSubmit={(event) => void form.handleSubmit(onSave)(event)}>
          <ErrorSummary
            errors={message ? [{ fieldId: "rhythm", message }] : []}
            attempt={form.formState.submitCount}
          />
          <ChoiceGroup
            id="rhythm"
            legend="How often"
            hint="You can change it later."
            error={form.formState.errors.rhythm?.message}
            options={OPTIONS}
            registered={form.register("rhythm", { required: "Choose how often." })}
          />
          <button type="submit">Save</button>
        </form>
      );
    }
    render(<Rhythm />);
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    const group = screen.getByRole("group", { name: "How often" });
    expect(group).toHaveAccessibleDescription("You can change it later. Choose how often.");
    // The summary's link takes focus to the group's first choice.
    await userEvent.click(screen.getByRole("link", { name: "Choose how often." }));
    expect(screen.getByRole("radio", { name: "Every week" })).toHaveFocus();
    await userEvent.click(screen.getByRole("radio", { name: "Every month" }));
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith({ rhythm: "monthly" }, expect.anything());
  });

  it("held by the screen, shows the value it is given and reports a new one", async () => {
    const onChange = vi.fn();
    render(
      <ChoiceGroup
        legend="How often"
        name="rhythm"
        value="weekly"
        options={OPTIONS}
        onChange={onChange}
      />,
    );
    expect(screen.getByRole("radio", { name: "Every week" })).toBeChecked();
    expect(screen.getByRole("group", { name: "How often" })).not.toHaveAttribute(
      "aria-describedby",
    );
    await userEvent.click(screen.getByRole("radio", { name: "Every month" }));
    expect(onChange).toHaveBeenCalledWith("monthly");
  });
});
