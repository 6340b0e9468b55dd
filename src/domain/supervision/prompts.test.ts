import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { makeCheckIn } from "../../testing/records";
import { scoreCheckIn } from "../scoring/score";
import { selectPrompts } from "../tips/prompts";
import { prepFocus, prepPrompts } from "./prompts";

const result = (stageId: string, stageIndex: number, patternIds: string[] = []) => ({
  ...scoreCheckIn(pack, {}),
  status: "scored" as const,
  stageId,
  stageIndex,
  patternIds,
});

describe("supervision prompts for a prep", () => {
  it("are the prompts selectPrompts chooses, grouped by function", () => {
    expect(prepPrompts(pack, "strained", "on-edge")).toEqual(
      selectPrompts(pack, "strained", "on-edge"),
    );
    expect(prepPrompts(pack, "strained").map((group) => group.function)).toEqual([
      "restorative",
      "formative",
      "normative",
    ]);
  });

  it("leave out a function with no prompts at all", () => {
    const restorativeOnly = {
      ...pack,
      supervisionPrompts: pack.supervisionPrompts.filter((p) => p.function === "restorative"),
    };
    expect(prepPrompts(restorativeOnly, "steady").map((group) => group.function)).toEqual([
      "restorative",
    ]);
  });
});

describe("the focus of a prep", () => {
  it("is the stage and main pattern of the latest scored check-in", () => {
    const checkIns = [
      makeCheckIn({
        id: "new",
        createdAt: "2026-11-20T09:00:00.000Z",
        result: result("strained", 2, ["on-edge"]),
      }),
      makeCheckIn({ id: "unscored", createdAt: "2026-11-22T09:00:00.000Z" }),
      makeCheckIn({
        id: "old",
        createdAt: "2026-11-01T09:00:00.000Z",
        result: result("steady", 0),
      }),
    ];
    expect(prepFocus(pack, checkIns)).toEqual({ stageId: "strained", patternId: "on-edge" });
  });

  it("maps a stage from another pack by its place on the continuum", () => {
    const checkIns = [makeCheckIn({ result: result("injured", 2) })];
    expect(prepFocus(pack, checkIns).stageId).toBe("strained");
  });

  it("has no stage when nothing was scored, so prompts for every stage are offered", () => {
    expect(prepFocus(pack, [makeCheckIn()])).toEqual({ stageId: null, patternId: null });
  });
});
