import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { Notices } from "../../app/Notices";
import { usePlan } from "../../db/hooks";
import { addToPlan, listPlan } from "../../db/plan";
import { resetDb } from "../../testing/db";
import { MyPlan as MyPlanView } from "./MyPlan";

/** My plan as Home shows it: with the plan read live from the database. */
function MyPlan() {
  const plan = usePlan();
  return plan ? <MyPlanView plan={plan} /> : null;
}

async function seedPlan() {
  await addToPlan({
    id: "a",
    tipId: "walk",
    title: "A short walk",
    detail: "Ten minutes outside.",
  });
  await addToPlan({ id: "b", tipId: "tea", title: "A tea break", detail: "Sit down for it." });
}

describe("my plan", () => {
  beforeEach(resetDb);

  it("shows the chosen tips as actions", async () => {
    await seedPlan();
    render(<MyPlan />);
    expect(await screen.findByRole("heading", { name: "A short walk" })).toBeVisible();
    expect(screen.getByRole("heading", { name: "A tea break" })).toBeVisible();
  });

  it("marks an action done, and Undo brings it back", async () => {
    const user = userEvent.setup();
    await seedPlan();
    render(
      <>
        <MyPlan />
        <Notices />
      </>,
    );
    await user.click(await screen.findByRole("button", { name: "Done: A short walk" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "A short walk" })).toBeNull());
    expect((await listPlan()).find((a) => a.id === "a")?.status).toBe("done");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("heading", { name: "A short walk" })).toBeVisible();
  });

  it("drops an action that is not for the person", async () => {
    const user = userEvent.setup();
    await seedPlan();
    render(<MyPlan />);
    await user.click(await screen.findByRole("button", { name: "Not for me: A tea break" }));
    await waitFor(async () =>
      expect((await listPlan()).find((a) => a.id === "b")?.status).toBe("dropped"),
    );
  });

  it("shows nothing when the plan is empty", async () => {
    const { container } = render(<MyPlan />);
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });
});
