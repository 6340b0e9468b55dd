import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import type { CheckIn, PeerCheckIn, SupervisionPrep } from "../../domain/records";
import { scoreCheckIn } from "../../domain/scoring/score";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../../testing/records";
import { PrepareView } from "./PrepareView";

const result = (stageId: string, stageIndex: number, patternIds: string[] = []) => ({
  ...scoreCheckIn(pack, {}),
  status: "scored" as const,
  stageId,
  stageIndex,
  patternIds,
});

const period = { from: "2026-11-01", to: "2026-11-23" };
const checkIns: CheckIn[] = [
  makeCheckIn({ id: "c1", createdAt: "2026-11-02T09:00:00.000Z", result: result("steady", 0) }),
  makeCheckIn({
    id: "c2",
    createdAt: "2026-11-09T09:00:00.000Z",
    result: result("stretched", 1),
    bringToSupervision: true,
    note: "Slept badly after the court report.",
  }),
  makeCheckIn({
    id: "c3",
    createdAt: "2026-11-16T09:00:00.000Z",
    result: result("strained", 2, ["on-edge"]),
    bringToSupervision: true,
  }),
];

/** The view with its own state, as the editor would hold it; returns the latest prep. */
function renderView(overrides: Partial<SupervisionPrep> = {}, peers: PeerCheckIn[] = []) {
  let latest = makeSupervisionPrep({
    period,
    checkInIds: ["c2", "c3"],
    answers: [],
    whatToBring: "",
    agenda: [],
    ...overrides,
  });
  function Harness() {
    const [prep, setPrep] = useState(latest);
    return (
      <PrepareView
        pack={pack}
        prep={prep}
        checkIns={checkIns}
        peers={peers}
        update={(change) =>
          setPrep((current) => {
            latest = change(current, new Date());
            return latest;
          })
        }
      />
    );
  }
  render(<Harness />);
  return { prep: () => latest };
}

describe("preparing for my own supervision", () => {
  it("groups the prompts by restorative, formative and normative time, each with space to answer", () => {
    renderView();
    const prompts = screen.getByRole("region", { name: "Questions to think about" });
    const groups = within(prompts).getAllByRole("region");
    expect(groups.map((group) => group.getAttribute("aria-labelledby"))).toEqual([
      "function-restorative",
      "function-formative",
      "function-normative",
    ]);
    for (const group of groups) {
      const fn = group.getAttribute("aria-labelledby")!.replace("function-", "");
      const boxes = within(group).getAllByRole("textbox");
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        const prompt = pack.supervisionPrompts.find((p) => `prompt-${p.id}` === box.id);
        expect(prompt?.function).toBe(fn);
        // My own prep: each question in my own voice.
        expect(box).toHaveAccessibleName(prompt!.selfText ?? prompt!.text);
      }
    }
    // Chosen for the latest check-in in the period: strained and on edge.
    expect(within(prompts).getByText(/\(Worn down, on edge\)/)).toBeVisible();
  });

  it("keeps an answer with its prompt, and drops it again when emptied", async () => {
    const user = userEvent.setup();
    const view = renderView();
    const box = screen.getByRole("textbox", { name: /What has stayed with me/ });
    await user.type(box, "The visit on Tuesday.");
    expect(view.prep().answers).toEqual([
      { promptId: "restore-stayed-with-you", answer: "The visit on Tuesday." },
    ]);
    await user.clear(box);
    expect(view.prep().answers).toEqual([]);
  });

  it("shows the marked check-ins with their stage in words, and their notes only once ticked", async () => {
    const user = userEvent.setup();
    const view = renderView();
    const flagged = screen.getByRole("region", { name: "Check-ins you marked to bring" });
    const items = within(flagged).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/9 November 2026.*Under pressure/);
    expect(items[1]).toHaveTextContent(/16 November 2026.*Worn down.*On edge/);
    expect(screen.queryByText(/Slept badly/)).toBeNull();

    await user.click(within(flagged).getByRole("checkbox", { name: "Include my notes" }));
    expect(within(items[0]!).getByText(/Slept badly after the court report/)).toBeVisible();
    expect(view.prep().includeNotes).toBe(true);

    await user.click(within(flagged).getByRole("checkbox", { name: "Include my notes" }));
    expect(screen.queryByText(/Slept badly/)).toBeNull();
  });

  it("lets a marked check-in be left off the page", async () => {
    const user = userEvent.setup();
    const view = renderView();
    await user.click(screen.getByRole("checkbox", { name: /Include this one ?from .*9 November/ }));
    expect(view.prep().checkInIds).toEqual(["c3"]);
  });

  it("says the trend in the pack's words, the stages in order, and that it is not a diagnosis", () => {
    renderView();
    const trend = screen.getByRole("region", { name: "How things have been" });
    expect(within(trend).getByText(pack.advice.worsening)).toBeVisible();
    expect(within(trend).getByText(/^Stages, oldest first: Steady/)).toBeVisible();
    expect(within(trend).getByText(/not a diagnosis/)).toBeVisible();
  });
});

describe("the agenda", () => {
  it("adds items, moves them with buttons, keeps focus on the moved item and says where it went", async () => {
    const user = userEvent.setup();
    const view = renderView();
    const agenda = screen.getByRole("region", { name: "Agenda" });
    for (const item of ["Late visits", "Workload", "Training"]) {
      await user.type(within(agenda).getByLabelText("Add to the agenda"), `${item}{Enter}`);
    }
    expect(view.prep().agenda).toEqual(["Late visits", "Workload", "Training"]);

    await user.click(within(agenda).getByRole("button", { name: /Move up.*Training/ }));
    expect(view.prep().agenda).toEqual(["Late visits", "Training", "Workload"]);
    expect(within(agenda).getByRole("button", { name: /Move up.*Training/ })).toHaveFocus();
    expect(within(agenda).getByRole("status")).toHaveTextContent(
      "Moved “Training” to number 2 of 3.",
    );

    // At the top there is no "Move up", so focus moves to the same item's "Move down".
    await user.keyboard("{Enter}");
    expect(view.prep().agenda).toEqual(["Training", "Late visits", "Workload"]);
    expect(within(agenda).getByRole("button", { name: /Move down.*Training/ })).toHaveFocus();
    expect(within(agenda).queryByRole("button", { name: /Move up.*Training/ })).toBeNull();

    await user.click(within(agenda).getByRole("button", { name: /Remove.*Late visits/ }));
    expect(view.prep().agenda).toEqual(["Training", "Workload"]);
    expect(within(agenda).getByRole("button", { name: /Remove.*Workload/ })).toHaveFocus();
  });

  it("asks kindly for words instead of adding a blank item", async () => {
    const user = userEvent.setup();
    const view = renderView();
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByText("Write something to add first.")).toBeVisible();
    expect(screen.getByLabelText("Add to the agenda")).toHaveFocus();
    expect(view.prep().agenda).toEqual([]);
  });
});

describe("preparing to supervise someone", () => {
  const peers = [
    makePeerCheckIn({ id: "p1", colleague: "ab", heldOn: "2026-11-10", notes: "Private words." }),
    makePeerCheckIn({ id: "other", colleague: "CD", heldOn: "2026-11-11" }),
  ];

  it("shows the check-ins with that colleague, their own view first, and no notes unless ticked", async () => {
    const user = userEvent.setup();
    renderView(
      { role: "supervising", colleague: "AB", checkInIds: [], peerCheckInIds: ["p1"] },
      peers,
    );
    expect(screen.queryByRole("region", { name: "How things have been" })).toBeNull();
    const withThem = screen.getByRole("region", { name: "Your check-ins with AB" });
    const items = [...withThem.querySelectorAll(".bring-list > li")];
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/Their own view: Under pressure/);
    expect(screen.queryByText(/Private words/)).toBeNull();
    await user.click(within(withThem).getByRole("checkbox", { name: "Include my notes" }));
    expect(within(withThem).getByText(/Private words/)).toBeVisible();
    // Prompts are chosen for how the colleague saw it themselves.
    expect(screen.getByText(/how they saw it last time \(Under pressure\)/)).toBeVisible();
  });
});
