import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { suggestStageFromSigns } from "./stage";

const signsAt = (stage: string) =>
  pack.peerGuide.signs.filter((sign) => sign.stage === stage).map((sign) => sign.id);
const [steady, stretched, strained, struggling] = [
  "steady",
  "stretched",
  "strained",
  "struggling",
].map(signsAt) as [string[], string[], string[], string[]];

const RUNS = { numRuns: 200 };
const anySigns = fc.array(
  fc.oneof(
    fc.constantFrom(...pack.peerGuide.signs.map((sign) => sign.id)),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 20 },
);

describe("suggesting a stage from the signs noticed", () => {
  it("suggests nothing when no sign is ticked", () => {
    expect(suggestStageFromSigns(pack, [])).toBeNull();
    expect(suggestStageFromSigns(pack, ["not-a-sign"])).toBeNull();
  });

  it("one sign on its own suggests its stage", () => {
    expect(suggestStageFromSigns(pack, [stretched[0]!])).toEqual({
      stageId: "stretched",
      stageIndex: 1,
    });
  });

  it("two signs agreeing outweigh a single lighter-by-two sign", () => {
    expect(suggestStageFromSigns(pack, [steady[0]!, strained[0]!, strained[1]!])).toEqual({
      stageId: "strained",
      stageIndex: 2,
    });
  });

  it("a single harder sign among reassuring ones lifts the suggestion to one stage below it", () => {
    const signs = [steady[0]!, steady[1]!, steady[2]!, struggling[0]!];
    expect(suggestStageFromSigns(pack, signs)?.stageId).toBe("strained");
  });

  it("a single sign one stage harder than an agreed stage does not move it", () => {
    const signs = [stretched[0]!, stretched[1]!, strained[0]!];
    expect(suggestStageFromSigns(pack, signs)?.stageId).toBe("stretched");
  });

  it("the same sign ticked twice counts once", () => {
    // Counted twice, the repeated sign would make "stretched" an agreed stage.
    const signs = [stretched[0]!, stretched[0]!, strained[0]!];
    expect(suggestStageFromSigns(pack, signs)?.stageId).toBe("strained");
  });

  it("is always one of the pack's stages, or null, for any list of ids", () => {
    fc.assert(
      fc.property(anySigns, (signs) => {
        const suggestion = suggestStageFromSigns(pack, signs);
        if (suggestion === null) return;
        expect(pack.stages[suggestion.stageIndex]?.id).toBe(suggestion.stageId);
      }),
      RUNS,
    );
  });

  it("is never more than one stage lighter than the hardest sign ticked", () => {
    fc.assert(
      fc.property(anySigns, (signs) => {
        const suggestion = suggestStageFromSigns(pack, signs);
        const hardest = Math.max(
          -1,
          ...pack.peerGuide.signs
            .filter((sign) => signs.includes(sign.id))
            .map((sign) => pack.stages.findIndex((stage) => stage.id === sign.stage)),
        );
        if (hardest < 0) {
          expect(suggestion).toBeNull();
        } else {
          expect(suggestion!.stageIndex).toBeGreaterThanOrEqual(hardest - 1);
          expect(suggestion!.stageIndex).toBeLessThanOrEqual(hardest);
        }
      }),
      RUNS,
    );
  });

  it("ticking one more sign never makes the suggestion lighter than that sign's stage allows", () => {
    fc.assert(
      fc.property(anySigns, fc.constantFrom(...pack.peerGuide.signs), (signs, extra) => {
        const after = suggestStageFromSigns(pack, [...signs, extra.id]);
        const extraIndex = pack.stages.findIndex((stage) => stage.id === extra.stage);
        expect(after!.stageIndex).toBeGreaterThanOrEqual(extraIndex - 1);
      }),
      RUNS,
    );
  });
});
