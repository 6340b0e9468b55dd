import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { Notices } from "../../app/Notices";
import { setPlanReviewDate } from "../../db/wellbeing-plan";
import { readWellbeingPlan } from "../../db/wellbeing-plan-reads";
import { resetDb } from "../../testing/db";
import { PlanReviewDue } from "./PlanReviewDue";

const today = new Date(2026, 11, 7, 9);

async function storedReviewDay(): Promise<string | undefined> {
  return (await readWellbeingPlan())?.reviewOn;
}

describe("the plan review note on Home", () => {
  beforeEach(resetDb);

  it("'Ask me in two weeks' moves the day on two weeks, and Undo puts the chosen day back", async () => {
    const user = userEvent.setup();
    await setPlanReviewDate("2026-12-01");
    render(
      <>
        <Notices />
        <PlanReviewDue today={today} />
      </>,
    );
    await user.click(await screen.findByRole("button", { name: "Ask me in two weeks" }));
    await waitFor(async () => expect(await storedReviewDay()).toBe("2026-12-21"));
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: /look at your wellbeing plan/ })).toBeNull(),
    );
    expect(screen.getByText(/We will ask again in two weeks/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(async () => expect(await storedReviewDay()).toBe("2026-12-01"));
    expect(
      await screen.findByRole("heading", { name: "Time to look at your wellbeing plan" }),
    ).toBeVisible();
  });
});
