import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { listPlan } from "../../db/plan";
import { resetDb } from "../../testing/db";
import { makeCheckIn } from "../../testing/records";
import { ResultView } from "./ResultView";

/** Every scored question answered with the option at `index` (red flags answered safely). */
function answersAt(index: number): Record<string, string> {
  return Object.fromEntries(
    defaultPack.items.map((item) => [
      item.id,
      (item.redFlag ? item.options.find((o) => !o.flag) : item.options[index])!.id,
    ]),
  );
}

describe("the result screen", () => {
  beforeEach(resetDb);

  it("names the stage in words, shows the pattern and says it is not a diagnosis", async () => {
    const checkIn = makeCheckIn({ answers: answersAt(0) });
    render(<ResultView pack={defaultPack} checkIn={checkIn} />);
    const stage = defaultPack.stages.find((s) => s.id === checkIn.result.stageId)!;
    const stageSection = await screen.findByRole("region", { name: "Where you are today" });
    expect(within(stageSection).getAllByText(stage.label)[0]).toBeVisible();
    const pattern = defaultPack.patterns.find((p) => p.id === checkIn.result.patternIds[0])!;
    expect(within(stageSection).getByText(`${pattern.label}:`)).toBeVisible();
    expect(screen.getByText(/This is not a diagnosis/)).toBeVisible();
    expect(screen.getByRole("heading", { name: "Each part of life" })).toBeVisible();
    expect(await screen.findByRole("heading", { name: "Things you could try" })).toBeVisible();
  });

  it("puts help before anything else when a red-flag answer was given", async () => {
    const item = defaultPack.items.find((candidate) => candidate.redFlag)!;
    const flagged = item.options.find((option) => option.flag)!;
    const checkIn = makeCheckIn({ answers: { ...answersAt(0), [item.id]: flagged.id } });
    render(<ResultView pack={defaultPack} checkIn={checkIn} />);
    const help = await screen.findByRole("heading", { name: defaultPack.safety.heading });
    const stage = screen.getByRole("heading", { name: "Where you are today" });
    expect(help.compareDocumentPosition(stage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says kindly when there were not enough answers, without a stage", async () => {
    render(<ResultView pack={defaultPack} checkIn={makeCheckIn({ answers: {} })} />);
    expect(await screen.findByText("Not enough answers to show a stage")).toBeVisible();
    for (const stage of defaultPack.stages) {
      expect(screen.queryByText(stage.label, { selector: ".stage-badge span" })).toBeNull();
    }
  });

  it("offers three to five tips, and a chosen tip joins the plan", async () => {
    const user = userEvent.setup();
    render(<ResultView pack={defaultPack} checkIn={makeCheckIn({ answers: answersAt(2) })} />);
    const buttons = await screen.findAllByRole("button", { name: /Add to my plan/ });
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons.length).toBeLessThanOrEqual(5);
    await user.click(buttons[0]!);
    expect(await screen.findByText("In your plan")).toBeVisible();
    await waitFor(async () => expect(await listPlan()).toHaveLength(1));
  });
});
