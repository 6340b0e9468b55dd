import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { buildSteps, isRedFlagAnswer, SKIP, toAnswers, toFormValues } from "./steps";

describe("check-in steps", () => {
  it("asks every question of the pack exactly once, one domain per step", () => {
    const steps = buildSteps(defaultPack);
    const asked = steps.flatMap((step) => step.items.map((item) => item.id));
    expect(asked.sort()).toEqual(defaultPack.items.map((item) => item.id).sort());
    for (const step of steps) {
      const domain = defaultPack.domains.find((d) => d.label === step.title);
      expect(step.items.every((i) => i.domain === domain?.id)).toBe(true);
    }
  });

  it("asks the quick check-in's questions on one page: one per area, and the safety questions", () => {
    const steps = buildSteps(defaultPack, "quick");
    expect(steps).toHaveLength(1);
    const items = steps[0]!.items;
    expect(items.filter((i) => !i.redFlag)).toHaveLength(defaultPack.domains.length);
    expect(items.filter((i) => i.redFlag)).toHaveLength(
      defaultPack.items.filter((i) => i.redFlag).length,
    );
  });

  it("stores 'prefer not to say' as a skipped answer and leaves unanswered questions out", () => {
    expect(toAnswers({ a: "x", b: SKIP, c: "", d: undefined })).toEqual({ a: "x", b: null });
  });

  it("never turns a question passed over into 'prefer not to say'", () => {
    // A radio group nobody touched reads as null in the form.
    const answers = toAnswers({ chosen: "x", passedOver: null, declined: SKIP });
    expect(answers).toEqual({ chosen: "x", declined: null });
    expect(toFormValues(answers)).toEqual({ chosen: "x", declined: SKIP });
  });

  it("turns stored answers back into the same form values", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z][a-z-]{0,10}$/),
          fc.option(
            fc.stringMatching(/^[a-z][a-z-]{0,10}$/).filter((s) => s !== SKIP),
            { nil: null },
          ),
        ),
        (answers) => {
          expect(toAnswers(toFormValues(answers))).toEqual(answers);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("recognises only flagged answers to red-flag questions", () => {
    const flagged = defaultPack.items.filter((item) => item.redFlag);
    expect(flagged.length).toBeGreaterThan(0);
    for (const item of flagged) {
      for (const option of item.options) {
        expect(isRedFlagAnswer(defaultPack, item.id, option.id)).toBe(!!option.flag);
      }
    }
    const ordinary = defaultPack.items.find((item) => !item.redFlag)!;
    expect(isRedFlagAnswer(defaultPack, ordinary.id, ordinary.options.at(-1)!.id)).toBe(false);
  });
});
