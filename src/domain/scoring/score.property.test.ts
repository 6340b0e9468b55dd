// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { answersArbitrary, packAndAnswers } from "../../testing/pack-arbitrary";
import type { ContentPack, Item } from "../pack/schema";
import { askedItems, CHECK_IN_MODES, type CheckInMode } from "./asked";
import { CheckInResultSchema, type CheckInResult } from "./result";
import { scoreCheckIn, type CheckInAnswers } from "./score";
import { stageWords } from "./words";
import { REGIONS, SITUATIONS_OF_FLAG, type Region } from "../help";
import { crisisHelpForFlags } from "../help/crisis-help";

const RUNS = { numRuns: 1000 };

/** A stage index where "no stage" counts as lighter than any stage. */
const level = (index: number | null) => (index === null ? -1 : index);
const domainLevels = (result: CheckInResult) => result.domains.map((d) => level(d.stageIndex));
const stageIndex = (pack: ContentPack, id: string | undefined) =>
  id === undefined ? -1 : pack.stages.findIndex((stage) => stage.id === id);

/** Random packs, and the default pack with random answers: every rule must hold for both. */
const anyPackAndAnswers = fc.oneof(
  packAndAnswers(),
  answersArbitrary(defaultPack).map((answers) => ({ pack: defaultPack, answers })),
);
const withMode = fc.record({
  input: anyPackAndAnswers,
  mode: fc.constantFrom<CheckInMode>(...CHECK_IN_MODES),
});

/** The scored answers given, among the questions this mode asks. */
function given(pack: ContentPack, answers: CheckInAnswers, mode: CheckInMode) {
  return askedItems(pack, mode).flatMap((item) => {
    if (item.redFlag || !Object.hasOwn(answers, item.id)) return [];
    const option = item.options.find((o) => o.id === answers[item.id]);
    return option ? [{ item, option, stage: stageIndex(pack, option.stage) }] : [];
  });
}

/** Same pack and answers, and one scored question asked in this mode. */
const withItem = withMode.chain(({ input, mode }) => {
  const scored = askedItems(input.pack, mode).filter((item) => !item.redFlag);
  return fc.record({
    input: fc.constant(input),
    mode: fc.constant(mode),
    item: fc.constantFrom<Item>(...scored),
  });
});

describe("scoring invariants, over random valid packs and the default pack", () => {
  it("a harder answer never gives a lighter stage, for an area or overall", () => {
    fc.assert(
      fc.property(withItem, ({ input: { pack, answers }, mode, item }) => {
        // Harder: a later stage, or the same stage holding the check-in more firmly.
        const byHardness = [...item.options].sort(
          (a, b) =>
            stageIndex(pack, a.stage) - stageIndex(pack, b.stage) ||
            stageIndex(pack, a.holds) - stageIndex(pack, b.holds),
        );
        const results = byHardness.map((option) =>
          scoreCheckIn(pack, { ...answers, [item.id]: option.id }, mode),
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

  it("a skipped question never makes a stage harder", () => {
    fc.assert(
      fc.property(withItem, fc.boolean(), ({ input: { pack, answers }, mode, item }, asNull) => {
        const skipped: Record<string, string | null> = { ...answers };
        if (asNull) skipped[item.id] = null;
        else delete skipped[item.id];
        const full = scoreCheckIn(pack, answers, mode);
        const less = scoreCheckIn(pack, skipped, mode);
        expect(level(less.stageIndex)).toBeLessThanOrEqual(level(full.stageIndex));
        const before = domainLevels(full);
        domainLevels(less).forEach((value, d) => expect(value).toBeLessThanOrEqual(before[d]!));
      }),
      RUNS,
    );
  });

  it("no hard answer is washed out: overall and its area are at most one step lighter", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
        for (const { item, stage } of given(pack, answers, mode)) {
          const area = result.domains.find((d) => d.domainId === item.domain);
          expect(level(area?.stageIndex ?? null)).toBeGreaterThanOrEqual(stage);
          if (stage >= 2) expect(result.status).toBe("scored");
          if (result.status === "scored") {
            expect(level(result.stageIndex)).toBeGreaterThanOrEqual(stage - 1);
          }
        }
      }),
      RUNS,
    );
  });

  it("a holding sign keeps the whole check-in at its stage or harder", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
        for (const { option } of given(pack, answers, mode)) {
          const held = stageIndex(pack, option.holds);
          if (held > 0) expect(level(result.stageIndex)).toBeGreaterThanOrEqual(held);
        }
      }),
      RUNS,
    );
  });

  it("an answer weighs the same whatever the size of its area", () => {
    // Move every question to any area: the overall stage reads answers, not areas.
    const moved = withMode.chain(({ input, mode }) =>
      fc.record({
        input: fc.constant(input),
        mode: fc.constant(mode),
        areas: fc.array(fc.nat(), {
          minLength: input.pack.items.length,
          maxLength: input.pack.items.length,
        }),
      }),
    );
    fc.assert(
      fc.property(moved, ({ input: { pack, answers }, mode, areas }) => {
        const shuffled: ContentPack = {
          ...pack,
          items: pack.items.map((item, i) => ({
            ...item,
            domain: pack.domains[(areas[i] ?? 0) % pack.domains.length]!.id,
          })),
        };
        const before = scoreCheckIn(pack, answers, mode);
        const after = scoreCheckIn(shuffled, answers, mode);
        expect(after.stageIndex).toBe(before.stageIndex);
        expect(after.status).toBe(before.status);
      }),
      RUNS,
    );
  });

  it("calm answers added to any area never make the overall lighter", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const calm: Record<string, string | null> = { ...answers };
        for (const item of askedItems(pack, mode)) {
          if (item.redFlag || (Object.hasOwn(calm, item.id) && calm[item.id] !== null)) continue;
          const lightest = [...item.options].sort(
            (a, b) => stageIndex(pack, a.stage) - stageIndex(pack, b.stage),
          )[0];
          if (lightest && lightest.holds === undefined) calm[item.id] = lightest.id;
        }
        const before = scoreCheckIn(pack, answers, mode);
        const after = scoreCheckIn(pack, calm, mode);
        expect(level(after.stageIndex)).toBeGreaterThanOrEqual(level(before.stageIndex));
      }),
      RUNS,
    );
  });

  it("after a red-flag answer the stage words are the safety words, never a stage's", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
        const words = stageWords(pack, result);
        if (result.redFlags.length > 0) {
          expect(words?.short).toBe(pack.safety.withFlag);
          for (const stage of pack.stages) expect(words?.short).not.toBe(stage.short);
        } else if (result.stageIndex !== null) {
          expect(words?.short).toBe(pack.stages[result.stageIndex]!.short);
        } else expect(words).toBeNull();
      }),
      RUNS,
    );
  });

  it("the same answers always give the same result", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const copy = JSON.parse(JSON.stringify(answers)) as CheckInAnswers;
        expect(scoreCheckIn(pack, copy, mode)).toEqual(scoreCheckIn(pack, answers, mode));
      }),
      RUNS,
    );
  });

  it("any red flag is always reported, whatever else is answered", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
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

  it("any red flag always brings fitting help first, never the lightest stage's words or 'settled'", () => {
    fc.assert(
      fc.property(withMode, fc.constantFrom<Region | null>(null, ...REGIONS), (input, region) => {
        const { pack, answers } = input.input;
        const result = scoreCheckIn(pack, answers, input.mode);
        if (result.redFlags.length === 0) return;
        const words = stageWords(pack, result);
        expect(words?.short).toBe(pack.safety.withFlag);
        expect(words?.short).not.toBe(pack.stages[0]!.short);
        expect(words?.short.toLowerCase()).not.toMatch(/\b(settled|steady)\b/);
        const help = crisisHelpForFlags(result.redFlags, region);
        expect(help.dangerNow.length).toBeGreaterThan(0);
        for (const line of help.dangerNow) expect(line).toContain("999");
        expect(help.fitting.length + help.general.length).toBeGreaterThan(0);
        for (const flag of result.redFlags) {
          const fits = SITUATIONS_OF_FLAG[flag.kind];
          // Help that fits this answer shows at once (in the region, or one tap away).
          expect(
            [...help.fitting, ...help.elsewhere].some((c) => c.fits.some((s) => fits.includes(s))),
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("all questions skipped gives 'not enough answers' and no stage", () => {
    fc.assert(
      fc.property(withMode, fc.boolean(), ({ input: { pack }, mode }, asNull) => {
        const answers = asNull ? Object.fromEntries(pack.items.map((i) => [i.id, null])) : {};
        const result = scoreCheckIn(pack, answers, mode);
        expect(result.status).toBe("not-enough");
        expect(result.stageIndex).toBeNull();
        expect(result.domains.every((domain) => domain.stageId === null)).toBe(true);
        expect(result.redFlags).toEqual([]);
      }),
      RUNS,
    );
  });

  it("says the result may be lighter when a quarter or more of the questions were skipped", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
        const line = result.explanation.find((l) => l.kind === "skipped")?.text ?? "";
        const warned = line.includes("may be lighter than things really are");
        expect(warned).toBe(
          result.skipped * 4 >= result.answered + result.skipped && result.skipped > 0,
        );
      }),
      RUNS,
    );
  });

  it("every result fits the stored-result schema and names only the pack's ids", () => {
    fc.assert(
      fc.property(withMode, ({ input: { pack, answers }, mode }) => {
        const result = scoreCheckIn(pack, answers, mode);
        expect(CheckInResultSchema.safeParse(result).success).toBe(true);
        expect(result.status === "scored").toBe(result.stageId !== null);
        if (result.stageId) expect(pack.stages.map((s) => s.id)).toContain(result.stageId);
        for (const id of result.patternIds) expect(pack.patterns.map((p) => p.id)).toContain(id);
        // "Settled" only at the first stage, with no safety answer and no stress hint.
        const settled = pack.patterns.filter((p) => p.kind === "settled").map((p) => p.id);
        const stress = pack.patterns.filter((p) => p.kind !== "settled").map((p) => p.id);
        const hinted = given(pack, answers, mode).some(({ option }) =>
          (option.patterns ?? []).some((id) => stress.includes(id)),
        );
        const calm = result.stageIndex === 0 && result.redFlags.length === 0 && !hinted;
        if (calm) expect(result.patternIds).toEqual(settled);
        for (const id of settled) if (!calm) expect(result.patternIds).not.toContain(id);
        if (hinted && result.status === "scored")
          expect(result.patternIds.length).toBeGreaterThan(0);
        const opening =
          result.redFlags.length > 0
            ? "Apart from your answer about safety, your answers suggest"
            : "Your answers suggest";
        for (const line of result.explanation.filter((l) => l.kind === "overall")) {
          expect(line.text.startsWith(opening)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
