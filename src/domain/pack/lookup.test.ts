import { describe, expect, it } from "vitest";
import { makeStages } from "../../testing/pack-factory";
import { stageFor } from "./lookup";

describe("finding a stored result's stage", () => {
  const pack = { stages: makeStages() };

  it("finds the stage by its id", () => {
    expect(stageFor(pack, { stageId: "injured", stageIndex: 2 })?.id).toBe("injured");
  });

  it("falls back to the same place on the continuum when another pack's id is unknown", () => {
    expect(stageFor(pack, { stageId: "their-amber", stageIndex: 1 })?.id).toBe("reacting");
  });

  it("gives nothing when the check-in had no stage", () => {
    expect(stageFor(pack, { stageId: null, stageIndex: null })).toBeNull();
  });
});
