import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectPackSource } from "../../state/active-pack";
import { buildSteps } from "../../domain/check-in/steps";
import { defaultPack } from "../../content/default-pack";
import { resetDb } from "../../testing/db";
import CheckInPage from "./CheckInPage";

describe("the check-in's first screen", () => {
  let choosePack: (key: string | null) => void = () => undefined;

  beforeEach(async () => {
    await resetDb();
    // The content pack arrives only when the test says so.
    const chosen = new Promise<string | null>((resolve) => {
      choosePack = resolve;
    });
    connectPackSource({ chosenKey: () => chosen, read: async () => null });
  });
  afterEach(() => connectPackSource(undefined));

  it("draws at once, without waiting for the content pack, and starts with the pack once it is there", async () => {
    const user = userEvent.setup();
    render(<CheckInPage />);
    expect(await screen.findByRole("heading", { name: "Check-in", level: 1 })).toBeVisible();
    expect(screen.getByText(/one short step for each part of life/)).toBeVisible();
    expect(screen.getByText(/not a diagnosis/)).toBeVisible();

    // Awaited in act: the flow suspends on the pack, and React resumes it from act's queue.
    await act(() => user.click(screen.getByRole("button", { name: "Start" })));
    expect(screen.getByText("Loading…")).toBeVisible();

    await act(async () => choosePack(null));
    const steps = buildSteps(defaultPack).length;
    expect(await screen.findByText(`Step 1 of ${steps}`)).toBeVisible();
  });
});
