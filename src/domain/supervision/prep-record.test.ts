import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { SupervisionPrepSchema } from "../records";
import { scoreCheckIn } from "../scoring/score";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../../testing/records";
import {
  focusFor,
  latestPeerWith,
  moveItem,
  newActionId,
  newPrep,
  periodRange,
  promptsForPrep,
  sentActionId,
  withAfter,
  withAnswer,
  withIncluded,
} from "./prep-record";

const period = { from: "2026-11-01", to: "2026-11-23" };
const now = new Date("2026-11-23T10:00:00.000Z");
const scored = (stageId: string, stageIndex: number) => ({
  ...scoreCheckIn(pack, {}),
  status: "scored" as const,
  stageId,
  stageIndex,
  patternIds: [],
});

describe("a new prep", () => {
  const checkIns = [
    makeCheckIn({ id: "in", createdAt: "2026-11-10T09:00:00.000Z", bringToSupervision: true }),
    makeCheckIn({ id: "unmarked", createdAt: "2026-11-11T09:00:00.000Z" }),
    makeCheckIn({ id: "before", createdAt: "2026-10-10T09:00:00.000Z", bringToSupervision: true }),
  ];
  const peers = [
    makePeerCheckIn({ id: "p-ab", colleague: "ab", heldOn: "2026-11-05" }),
    makePeerCheckIn({ id: "p-cd", colleague: "CD", heldOn: "2026-11-06" }),
  ];

  it("for my own supervision includes the check-ins marked to bring in the period", () => {
    const prep = newPrep(
      { id: "prep", role: "my-own", colleague: "ignored", period },
      pack,
      { checkIns, peerCheckIns: peers },
      now,
    );
    expect(prep.checkInIds).toEqual(["in"]);
    expect(prep.peerCheckInIds).toEqual([]);
    expect(prep.colleague).toBeUndefined();
    expect(prep.includeNotes).toBe(false);
    expect(SupervisionPrepSchema.safeParse(prep).success).toBe(true);
  });

  it("when supervising includes the peer check-ins with that colleague, and no own check-ins", () => {
    const prep = newPrep(
      { id: "prep", role: "supervising", colleague: " AB ", period },
      pack,
      { checkIns, peerCheckIns: peers },
      now,
    );
    expect(prep.colleague).toBe("AB");
    expect(prep.peerCheckInIds).toEqual(["p-ab"]);
    expect(prep.checkInIds).toEqual([]);
    expect(SupervisionPrepSchema.safeParse(prep).success).toBe(true);
  });
});

describe("changing a prep", () => {
  const prep = makeSupervisionPrep({ answers: [], checkInIds: ["a"] });

  it("keeps one answer per prompt and drops an emptied one", () => {
    const answered = withAnswer(withAnswer(prep, "p1", "First"), "p1", "Second");
    expect(answered.answers).toEqual([{ promptId: "p1", answer: "Second" }]);
    expect(withAnswer(answered, "p1", "").answers).toEqual([]);
  });

  it("includes and leaves out records without duplicates", () => {
    expect(withIncluded(prep, "checkInIds", "b", true).checkInIds).toEqual(["a", "b"]);
    expect(withIncluded(prep, "checkInIds", "a", true).checkInIds).toEqual(["a"]);
    expect(withIncluded(prep, "checkInIds", "a", false).checkInIds).toEqual([]);
  });

  it("moves one item and leaves the rest in order; an impossible move changes nothing", () => {
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 3)).toEqual(["a", "b", "c"]);
  });

  it("starts the after-session part the first time something is recorded", () => {
    const after = withAfter(prep, (a) => ({ ...a, outcomes: "Fewer late visits." }), now);
    expect(after.after).toEqual({
      outcomes: "Fewer late visits.",
      actions: [],
      recordedAt: now.toISOString(),
    });
    expect(SupervisionPrepSchema.safeParse(after).success).toBe(true);
  });
});

describe("the prompts a prep shows", () => {
  it("keep a prompt that was answered even when the chosen prompts change", () => {
    // "What would you like to learn next" is for the first two stages only.
    const somePrompt = pack.supervisionPrompts.find((p) => p.id === "form-learn-next")!;
    expect(somePrompt.stages).not.toContain("struggling");
    const prep = makeSupervisionPrep({
      answers: [{ promptId: somePrompt.id, answer: "Written before." }],
    });
    const groups = promptsForPrep(pack, prep, { stageId: "struggling", patternId: null });
    const ids = groups.flatMap((group) => group.prompts.map((prompt) => prompt.id));
    expect(ids).toContain(somePrompt.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("when supervising, are chosen for how the colleague saw it, else for what the signs pointed to", () => {
    const prep = makeSupervisionPrep({ role: "supervising", peerCheckInIds: ["p1", "p2"] });
    const seen = makePeerCheckIn({
      id: "p1",
      heldOn: "2026-11-01",
      colleagueView: { kind: "stage", stageId: "strained", stageIndex: 2 },
    });
    const later = makePeerCheckIn({
      id: "p2",
      heldOn: "2026-11-08",
      colleagueView: { kind: "rather-not-say" },
      suggestedStage: { stageId: "stretched", stageIndex: 1 },
    });
    expect(focusFor(pack, prep, [], [seen])).toEqual({ stageId: "strained", patternId: null });
    expect(focusFor(pack, prep, [], [seen, later]).stageId).toBe("stretched");
    expect(focusFor(pack, { ...prep, peerCheckInIds: [] }, [], [seen]).stageId).toBeNull();
  });

  it("for my own supervision, follow the latest check-in in the period", () => {
    const prep = makeSupervisionPrep();
    const checkIns = [
      makeCheckIn({ id: "a", createdAt: "2026-11-01T09:00:00.000Z", result: scored("steady", 0) }),
      makeCheckIn({
        id: "b",
        createdAt: "2026-11-09T09:00:00.000Z",
        result: scored("strained", 2),
      }),
    ];
    expect(focusFor(pack, prep, checkIns, []).stageId).toBe("strained");
  });
});

describe("where agreed actions go", () => {
  it("finds the latest peer check-in with the colleague however the label was typed", () => {
    const peers = [
      makePeerCheckIn({ id: "old", colleague: "AB", heldOn: "2026-09-01" }),
      makePeerCheckIn({ id: "new", colleague: "ab ", heldOn: "2026-11-01" }),
      makePeerCheckIn({ id: "other", colleague: "CD", heldOn: "2026-11-20" }),
    ];
    expect(latestPeerWith(peers, "AB")?.id).toBe("new");
    expect(latestPeerWith(peers, "EF")).toBeNull();
    expect(latestPeerWith(peers, undefined)).toBeNull();
  });

  it("gives each action an id that fits the plan's limits, even for a long prep id", () => {
    const action = { id: newActionId() };
    expect(sentActionId(crypto.randomUUID(), action).length).toBeLessThanOrEqual(64);
    const long = sentActionId("x".repeat(80), action);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toContain(action.id);
  });
});

describe("the database range of a period", () => {
  it("runs from the start of the first day to the end of the last, in local time", () => {
    const range = periodRange(period);
    expect(new Date(range.from!).getDate()).toBe(1);
    expect(new Date(range.from!).getHours()).toBe(0);
    expect(new Date(range.to!).getDate()).toBe(23);
    expect(new Date(range.to!).getHours()).toBe(23);
  });
});
