// @vitest-environment node
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { LEARNING_KINDS } from "../resources/kinds";
import { ACTION_STATUS_LABELS, actionCountNudge, actionDatesProblem } from "./action-rules";
import { CONSENT_USES, EXPORT_BLOCK_WORDS } from "./story-consent";
import { STORY_PARTS } from "./story-export";

const texts = [
  ...STORY_PARTS.flatMap((part) => [part.heading, part.hint]),
  ...Object.values(ACTION_STATUS_LABELS),
  ...CONSENT_USES,
  ...Object.values(EXPORT_BLOCK_WORDS),
  actionCountNudge(0)!,
  actionCountNudge(1)!,
  actionDatesProblem("", "2027-01-01")!,
  actionDatesProblem("2027-01-01", "")!,
  actionDatesProblem("2027-02-01", "2027-01-01")!,
  ...LEARNING_KINDS.flatMap((group) => [group.heading, group.none]),
  ...defaultPack.resources.filter((resource) => resource.kind).map((resource) => resource.for),
];

/** Flesch-Kincaid grade, counted as the content pack's readability test counts it. */
function gradeOf(text: string): number {
  const words = text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
  const sentence = Math.max(1, (text.match(/[.!?]+(?=\s|$|["')])/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + syllable(w.replace(/[^a-z0-9'-]/gi, "")), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}

describe("the words of key actions, stories and learning", () => {
  it("read at about age 11: they average grade 6 or lower", () => {
    const average = texts.map(gradeOf).reduce((a, b) => a + b, 0) / texts.length;
    expect(average).toBeLessThanOrEqual(6);
  });

  it("never talk of failure, never blame, never nag with streaks", () => {
    const all = texts.join(" ").toLowerCase();
    expect(
      all.match(/\b(fail\w*|weak\w*|should have|must|streak\w*|overdue|late)\b/g) ?? [],
    ).toEqual([]);
  });
});
