/**
 * What the default pack tells real people, at their worst: realistic answer sets and
 * the words they get back. docs/scoring.md works through the same cases.
 */
import { describe, expect, it } from "vitest";
import { askedItems } from "../../domain/scoring/asked";
import { scoreCheckIn } from "../../domain/scoring/score";
import { stageWords } from "../../domain/scoring/words";
import { defaultPack as pack } from ".";

const scored = pack.items.filter((item) => !item.redFlag);
const stageOf = (stageId: string | undefined) => pack.stages.findIndex((s) => s.id === stageId);

/** The lightest answer to every scored question, with the safety questions answered "no". */
function calm(mode: "full" | "quick" = "full"): Record<string, string> {
  return Object.fromEntries(
    askedItems(pack, mode).map((item) => [
      item.id,
      item.redFlag
        ? item.options.find((o) => !o.flag)!.id
        : [...item.options].sort((a, b) => stageOf(a.stage) - stageOf(b.stage))[0]!.id,
    ]),
  );
}

function hardestOption(itemId: string) {
  const item = pack.items.find((candidate) => candidate.id === itemId)!;
  return [...item.options].sort((a, b) => stageOf(b.stage) - stageOf(a.stage))[0]!;
}

const label = (answers: Record<string, string>, mode: "full" | "quick" = "full") => {
  const result = scoreCheckIn(pack, answers, mode);
  return result.stageIndex === null ? null : pack.stages[result.stageIndex]!.label;
};

/** The six answers a person tried, each alone among the lightest answers. */
const SIX = {
  "energy-level": "exhausted",
  "mood-overall": "very-low",
  "connect-people": "very-alone",
  "work-load": "far-too-much",
  "coping-unwind": "stopped",
  "exposure-amount": "most",
};

describe("the default pack, for a person at their worst", () => {
  it("never shows the lightest stage when any one question has its hardest answer", () => {
    for (const item of scored) {
      for (const mode of ["full", "quick"] as const) {
        if (mode === "quick" && !item.quick) continue;
        const result = scoreCheckIn(
          pack,
          { ...calm(mode), [item.id]: hardestOption(item.id).id },
          mode,
        );
        expect(result.stageIndex, `${item.id} (${mode})`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("gives each of the six hard answers, alone, a stage past Steady", () => {
    for (const [itemId, optionId] of Object.entries(SIX)) {
      const result = label({ ...calm(), [itemId]: optionId });
      expect(result, itemId).not.toBe("Steady");
      expect(result, itemId).not.toBeNull();
    }
    // "Most of it, with no time to recover" is the third answer of four: at least Under pressure.
    expect(label({ ...calm(), "exposure-amount": "most" })).toBe("Under pressure");
    expect(label({ ...calm(), "energy-level": "exhausted" })).toBe("Worn down");
    expect(label({ ...calm(), "mood-overall": "very-low" })).toBe("Struggling");
  });

  it("has the 24 scored questions in 9 areas that docs/scoring.md works through", () => {
    expect(scored).toHaveLength(24);
    expect(pack.domains).toHaveLength(9);
  });

  it("stays Steady for two mild answers, as a stage is moved by three", () => {
    expect(label({ ...calm(), "sleep-quality": "bit-off", "energy-level": "lower" })).toBe(
      "Steady",
    );
    expect(
      label({
        ...calm(),
        "sleep-quality": "bit-off",
        "energy-level": "lower",
        "mood-overall": "up-down",
      }),
    ).toBe("Under pressure");
  });

  it("shows Struggling when those six hard answers are given together", () => {
    expect(label({ ...calm(), ...SIX })).toBe("Struggling");
  });

  it("weighs the same hard answer the same in a two-question area and a three-question one", () => {
    const sleep = label({ ...calm(), "sleep-quality": "very-poor" });
    const energy = label({ ...calm(), "energy-level": "exhausted" });
    expect(sleep).toBe("Worn down");
    expect(energy).toBe(sleep);
  });

  it("holds the check-in at Worn down or harder when drinking or drugs are a lot more", () => {
    expect(label({ ...calm(), "coping-substances": "lot-more" })).toBe("Worn down");
    expect(label({ ...calm(), "coping-substances": "cannot-cope" })).toBe("Struggling");
  });

  it("holds the check-in at Struggling for hopelessness, very low mood, no one to talk to and memories most days", () => {
    for (const [itemId, optionId] of [
      ["hope-future", "hopeless"],
      ["hope-matters", "almost-never"],
      ["mood-overall", "very-low"],
      ["connect-talk", "no-one"],
      ["exposure-intrusive", "most-days"],
    ] as const) {
      expect(label({ ...calm(), [itemId]: optionId }), itemId).toBe("Struggling");
    }
  });

  it("says 'strength' only in tips for the lightest stage", () => {
    const strengthWords =
      /is a strength|carrying you well|clear right now|coping with it|ways of coping that work/i;
    for (const tip of pack.tips.filter((t) => strengthWords.test(t.body))) {
      expect(tip.stages, tip.id).toEqual([pack.stages[0]!.id]);
    }
  });

  it("never says 'mostly feeling like yourself' after an answer about safety", () => {
    for (const item of pack.items.filter((candidate) => candidate.redFlag)) {
      for (const option of item.options.filter((candidate) => candidate.flag)) {
        const result = scoreCheckIn(pack, { ...calm(), [item.id]: option.id });
        expect(result.stageIndex).toBe(0);
        const words = stageWords(pack, result);
        expect(words?.short).toBe(pack.safety.withFlag);
        expect(words?.short).not.toMatch(/yourself|coping well/);
      }
    }
  });

  it("asks one question in each area, and every safety question, in the quick check-in", () => {
    const asked = askedItems(pack, "quick");
    for (const domain of pack.domains) {
      expect(asked.filter((item) => item.domain === domain.id && !item.redFlag)).toHaveLength(1);
    }
    for (const item of pack.items.filter((candidate) => candidate.redFlag)) {
      expect(asked).toContain(item);
    }
  });

  it("speaks of answers, not facts about the person, in every stage's words", () => {
    for (const stage of pack.stages) {
      expect(stage.short).toMatch(/^Your answers suggest/);
      expect(stage.long).toMatch(/^Your answers suggest/);
    }
  });
});
