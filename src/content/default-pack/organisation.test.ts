// @vitest-environment node
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { defaultPack } from "./index";

const block = defaultPack.organisation!;

/** Flesch-Kincaid grade, counted as the content pack's readability test counts it. */
function gradeOf(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
  const sentence = Math.max(1, (text.match(/[.!?]+(?=\s|$|["')])/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + syllable(w.replace(/[^a-z0-9'-]/gi, "")), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}

describe("the default pack, for teams and organisations", () => {
  it("names eight principles, from safety to learning from lived experience", () => {
    expect(block.principles.map((principle) => principle.id)).toEqual([
      "safety",
      "trust",
      "choice",
      "collaboration",
      "empowerment",
      "equity",
      "staff-wellbeing",
      "lived-experience",
    ]);
  });

  it("offers a pledge framework of five areas, capturing stories among them", () => {
    const areas = block.pledgeFramework.commitments;
    expect(areas).toHaveLength(5);
    expect(areas.find((area) => area.id === "improving")?.text).toMatch(/stories/);
  });

  it("has starter actions for every principle, the four the partner pledge names among them", () => {
    const ids = block.actionExamples.map((example) => example.id);
    expect(ids).toEqual(
      expect.arrayContaining(["steering-group", "policy-review", "manager-training", "champion"]),
    );
    for (const principle of block.principles) {
      const helped = block.actionExamples.filter((e) => e.principles.includes(principle.id));
      expect(helped.length, principle.id).toBeGreaterThan(0);
    }
  });

  it("reads at about age 11: descriptions, statements and actions average grade 6 or lower", () => {
    const texts = [
      ...block.principles.flatMap((p) => [p.description, ...p.statements.map((s) => s.text)]),
      ...block.pledgeFramework.commitments.map((c) => c.text),
      ...block.actionExamples.map((e) => e.text),
    ];
    const average = texts.map(gradeOf).reduce((a, b) => a + b, 0) / texts.length;
    expect(average).toBeLessThanOrEqual(6);
  });

  it("never talks of failure or blame, never of one person's health", () => {
    const all = JSON.stringify(block).toLowerCase();
    expect(
      all.match(/\b(fail\w*|weak\w*|blame\w*|should have|must|diagnos\w*|disorder)\b/g) ?? [],
    ).toEqual([]);
  });
});
