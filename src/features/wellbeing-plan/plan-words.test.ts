// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PLAN_PART_IDS } from "../../domain/wellbeing-plan/parts";
import { gradeOf } from "../../testing/readability";
import { CONVERSATION_TOPICS, PART_WORDS } from "./plan-words";

const texts = [
  ...Object.values(PART_WORDS).flatMap((part) => [part.example, part.why]),
  ...CONVERSATION_TOPICS.map((topic) => topic.prompt),
];

describe("the words of my wellbeing plan", () => {
  it("give every part a heading, an example and a reason", () => {
    for (const part of PLAN_PART_IDS) {
      const words = PART_WORDS[part];
      expect(words.heading.length).toBeGreaterThan(0);
      expect(words.example.length).toBeGreaterThan(0);
      expect(words.why.length).toBeGreaterThan(0);
    }
  });

  it("read at about age 11: examples, reasons and prompts average grade 6 or lower", () => {
    const average = texts.map(gradeOf).reduce((a, b) => a + b, 0) / texts.length;
    expect(average).toBeLessThanOrEqual(6);
  });

  it("never talk of failure or weakness, never blame, never diagnose", () => {
    const all = JSON.stringify([PART_WORDS, CONVERSATION_TOPICS]).toLowerCase();
    expect(
      all.match(/\b(fail\w*|weak\w*|should have|must|streak\w*|diagnos\w*|disorder)\b/g) ?? [],
    ).toEqual([]);
  });
});
