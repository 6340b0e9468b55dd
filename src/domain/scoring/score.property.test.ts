import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContentPack } from "../pack/schema";
import { packAndAnswers } from "../../testing/pack-arbitrary";
import { CheckInResultSchema, type CheckInResult } from "./result";
import { scoreCheckIn, type CheckInAnswers } from "./score";

const RUNS = { numRuns: 1000 };
const STAGE_ORDER = ["ready", "reacting", "injured", "ill"];

/** A stage index where "no stage" counts as lighter than any stage. */
const level = (index: number | null) => (index === null ? -1 : index);

function domainLevels(result: CheckInResult): number[] {
  return result.domains.map((domain) => level(domain.stageIndex));
}

/** Same pack and answers, with one scored question answered one way or another. */
const packAnswersAndItem = packAndAnswers().chain(({ pack, answers }) => {
  const scored = pack.items.filter((item) => !item.redFlag);
  return fc.record({
    pack: fc.constant(pack),
    answers: fc.constant(answers),
    itemIndex: fc.integer({ min: 0, max: scored.length - 1 }),
  });
});

function scoredItem(pack: ContentPack, index: number) {
  const item = pack.items.filter((candidate) => !candidate.redFlag)[index];
  if (!item) throw new Error("no such item");
  return item;
}

describe("scoring invariants, over any valid pack and answers", () => {
  it("a worse answer never gives a better stage, for a domain or overall", () => {
    fc.assert(
      fc.property(packAnswersAndItem, ({ pack, answers, itemIndex }) => {
        const item = scoredItem(pack, itemIndex);
        const byStage = [...item.options].sort(
          (a, b) => STAGE_ORDER.indexOf(a.stage ?? "") - STAGE_ORDER.indexOf(b.stage ?? ""),
        );
        const results = byStage.map((option) =>
          scoreCheckIn(pack, { ...answers, [item.id]: option.id }),
        );
        for (let i = 1; i < results.length; i += 1) {
          const lighter = results[i - 1]!;
          const harder = results[i]!;
          expect(level(harder.stageIndex)).toBeGreaterThanOrEqual(level(lighter.stageIndex));
          const before = domainLevels(lighter);
          domainLevels(harder).forEach((value, d) =>
            expect(value).toBeGreaterThanOrEqual(before[d]!),
          );
        }
      }),
      RUNS,
    );
  });

  it("a skipped question never makes a stage worse", () => {
    fc.assert(
      fc.property(packAnswersAndItem, fc.boolean(), ({ pack, answers, itemIndex }, asNull) => {
        const item = scoredItem(pack, itemIndex);
        const skipped: Record<string, string | null> = { ...answers };
        if (asNull) skipped[item.id] = null;
        else delete skipped[item.id];
        const full = scoreCheckIn(pack, answers);
        const less = scoreCheckIn(pack, skipped);
        expect(level(less.stageIndex)).toBeLessThanOrEqual(level(full.stageIndex));
        const before = domainLevels(full);
        domainLevels(less).forEach((value, d) => expect(value).toBeLessThanOrEqual(before[d]!));
      }),
      RUNS,
    );
  });

  it("the same answers always give the same result", () => {
    fc.assert(
      fc.property(packAndAnswers(), ({ pack, answers }) => {
        const copy: CheckInAnswers = JSON.parse(JSON.stringify(answers)) as CheckInAnswers;
        expect(scoreCheckIn(pack, copy)).toEqual(scoreCheckIn(pack, answers));
      }),
      RUNS,
    );
  });

  it("any red flag is always reported, whatever else is answered", () => {
    fc.assert(
      fc.property(packAndAnswers(), ({ pack, answers }) => {
        const result = scoreCheckIn(pack, answers);
        const flagged = pack.items.filter((item) => {
          const chosen = Object.hasOwn(answers, item.id) ? answers[item.id] : null;
          return item.redFlag && item.options.some((o) => o.id === chosen && o.flag === true);
        });
        expect(result.redFlags.map((flag) => flag.itemId)).toEqual(flagged.map((i) => i.id));
        for (const flag of result.redFlags) {
          expect(
            result.explanation.some((l) => l.kind === "red-flag" && l.itemId === flag.itemId),
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("all questions skipped gives 'not enough answers' and no stage", () => {
    fc.assert(
      fc.property(packAndAnswers(), fc.boolean(), ({ pack }, asNull) => {
        const answers = asNull ? Object.fromEntries(pack.items.map((i) => [i.id, null])) : {};
        const result = scoreCheckIn(pack, answers);
        expect(result.status).toBe("not-enough");
        expect(result.stageId).toBeNull();
        expect(result.stageIndex).toBeNull();
        expect(result.domains.every((domain) => domain.stageId === null)).toBe(true);
        expect(result.redFlags).toEqual([]);
      }),
      RUNS,
    );
  });

  it("every result fits the stored-result schema and names only the pack's ids", () => {
    fc.assert(
      fc.property(packAndAnswers(), ({ pack, answers }) => {
        const result = scoreCheckIn(pack, answers);
        expect(CheckInResultSchema.safeParse(result).success).toBe(true);
        expect(result.status === "scored").toBe(result.stageId !== null);
        if (result.stageId) expect(pack.stages.map((s) => s.id)).toContain(result.stageId);
        for (const id of result.patternIds) expect(pack.patterns.map((p) => p.id)).toContain(id);
        if (result.status === "scored") expect(result.patternIds.length).toBeGreaterThan(0);
        if (result.stageIndex === 0) expect(result.patternIds).toEqual(["settled"]);
      }),
      RUNS,
    );
  });
});
