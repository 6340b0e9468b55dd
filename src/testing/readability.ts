/**
 * Reading level, counted one way everywhere: the content tests (the default pack, the
 * plan's words, the peer summary) and the pack checker for authors (scripts/check-pack.mjs).
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import type { ContentPack } from "../domain/pack/schema";

/** The grade the wording tests hold text to: about age 11. */
export const TARGET_GRADE = 6;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
}

/** Flesch-Kincaid grade of one text; words and sentences are counted simply. */
export function gradeOf(text: string): number {
  const words = wordsOf(text);
  const sentence = Math.max(1, (text.match(/[.!?]+(?=\s|$|["')])/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + syllable(w.replace(/[^a-z0-9'-]/gi, "")), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}

/** Many texts read as one: each ends a sentence, so a heading-like text is not run on. */
export function gradeOfAll(texts: readonly string[]): number {
  return gradeOf(texts.map((t) => (/[.!?]["”]?$/.test(t) ? t : `${t}.`)).join(" "));
}

export function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The texts the default pack's readability test measures: questions, tip bodies and try-now steps. */
export function measuredTexts(pack: ContentPack): { questions: string[]; tips: string[] } {
  return {
    questions: pack.items.map((i) => i.question),
    tips: pack.tips.flatMap((t) => [t.body, ...(t.tryNow ? [t.tryNow] : [])]),
  };
}
