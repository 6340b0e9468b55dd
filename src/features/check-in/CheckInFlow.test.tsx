import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { listCheckIns } from "../../db/check-ins";
import { readDraft } from "../../db/drafts";
import { saveAllUnsavedWork } from "../../browser/unsaved-work";
import { buildSteps } from "../../domain/check-in/steps";
import type { Draft } from "../../domain/records";
import { resetDb } from "../../testing/db";
import { crisisHelpForFlags } from "../../domain/help";
import { CheckInFlow } from "./CheckInFlow";

const steps = buildSteps(defaultPack);

/** A check-in draft with no answers yet, open at the given step. */
function draftAt(step: number): Draft {
  return {
    id: "check-in",
    kind: "check-in",
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-01T09:00:00.000Z",
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    answers: {},
    step,
  };
}

describe("check-in steps", () => {
  beforeEach(resetDb);

  it("shows one part of life per step with progress, real radios and a way to skip", () => {
    render(<CheckInFlow pack={defaultPack} draft={null} />);
    expect(screen.getByText(`Step 1 of ${steps.length}`)).toBeVisible();
    const first = steps[0]!;
    expect(screen.getByRole("heading", { level: 2, name: first.title })).toBeVisible();
    for (const item of first.items) {
      const group = screen.getByRole("group", { name: item.question });
      const radios = within(group).getAllByRole("radio");
      expect(radios).toHaveLength(item.options.length + 1);
      expect(within(group).getByRole("radio", { name: "Prefer not to say" })).toBeInTheDocument();
      expect(within(group).getByText("Why we ask")).toBeInTheDocument();
    }
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
  });

  it("saves each answer as a draft the moment it is chosen", async () => {
    const user = userEvent.setup();
    render(<CheckInFlow pack={defaultPack} draft={null} />);
    const item = steps[0]!.items[0]!;
    const option = item.options[1]!;
    await user.click(screen.getByRole("radio", { name: option.label }));
    await waitFor(async () =>
      expect((await readDraft())?.answers).toMatchObject({ [item.id]: option.id }),
    );
  });

  it("goes forward and back without losing answers, and needs no answer to move on", async () => {
    const user = userEvent.setup();
    render(<CheckInFlow pack={defaultPack} draft={null} />);
    const item = steps[0]!.items[0]!;
    await user.click(screen.getByRole("radio", { name: item.options[0]!.label }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(`Step 2 of ${steps.length}`)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByText(`Step 1 of ${steps.length}`)).toBeVisible();
    expect(screen.getByRole("radio", { name: item.options[0]!.label })).toBeChecked();
  });

  it("opens the safety screen as soon as a red-flag answer is chosen, and lets the person return", async () => {
    const user = userEvent.setup();
    const stepIndex = steps.findIndex((s) => s.items.some((item) => item.redFlag));
    const item = steps[stepIndex]!.items.find((candidate) => candidate.redFlag)!;
    const flagged = item.options.find((option) => option.flag)!;
    render(<CheckInFlow pack={defaultPack} draft={draftAt(stepIndex)} />);
    const group = screen.getByRole("group", { name: item.question });
    await user.click(within(group).getByRole("radio", { name: flagged.label }));
    expect(
      await screen.findByRole("heading", { level: 2, name: defaultPack.safety.heading }),
    ).toBeVisible();
    // "Danger now" in words that fit this question's situation, then help that fits it.
    const help = crisisHelpForFlags([{ kind: item.redFlag! }], null);
    expect(screen.getByText(help.dangerNow[0]!)).toBeVisible();
    const names = screen
      .getAllByRole("heading", { level: 3 })
      .map((heading) => heading.textContent);
    expect(names.slice(0, 2)).toEqual([help.emergency.name, help.fitting[0]!.name]);
    await user.click(screen.getByRole("button", { name: "Go back to my check-in" }));
    expect(screen.getByRole("radio", { name: flagged.label })).toBeChecked();
    // Focus returns to the question the person left from, on the answer they chose.
    expect(screen.getByRole("radio", { name: flagged.label })).toHaveFocus();
  });

  it("brings back a question passed over as unanswered, and a chosen “Prefer not to say” as chosen", async () => {
    const user = userEvent.setup();
    const firstVisit = render(<CheckInFlow pack={defaultPack} draft={null} />);
    const [declined, passedOver] = steps[0]!.items;
    const group = (item: typeof declined) => screen.getByRole("group", { name: item!.question });
    await user.click(within(group(declined)).getByRole("radio", { name: "Prefer not to say" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await waitFor(async () => expect((await readDraft())?.step).toBe(1));
    const draft = (await readDraft())!;
    expect(draft.answers).toEqual({ [declined!.id]: null });

    // Opened again later from the saved draft, and back to the first step.
    firstVisit.unmount();
    render(<CheckInFlow pack={defaultPack} draft={{ ...draft, step: 0 }} />);
    for (const radio of within(group(passedOver)).getAllByRole("radio")) {
      expect(radio).not.toBeChecked();
    }
    expect(within(group(declined)).getByRole("radio", { name: "Prefer not to say" })).toBeChecked();
  });

  it("does not bring the draft back once the check-in is saved, while this screen is still up", async () => {
    const user = userEvent.setup();
    render(<CheckInFlow pack={defaultPack} draft={draftAt(steps.length - 1)} />);
    await user.click(screen.getByRole("button", { name: "See my result" }));
    await waitFor(async () => expect(await listCheckIns()).toHaveLength(1));
    await waitFor(async () => expect(await readDraft()).toBeNull());
    // The result's code may still be loading: an app update or the lock saves open work now.
    await saveAllUnsavedWork();
    expect(await readDraft()).toBeNull();
  });
});
