/**
 * fast-check arbitraries for valid content packs and answer sets, so the scoring,
 * trend and tip rules can be proven for any pack an organisation might write.
 */
import fc from "fast-check";
import { RED_FLAG_KINDS } from "../domain/pack/constants";
import type { ContentPack, Item } from "../domain/pack/schema";
import type { CheckInAnswers } from "../domain/scoring/score";
import {
  FUNCTIONS,
  PATTERN_IDS,
  STAGE_IDS,
  makeFixedParts,
  makePatterns,
  makeStages,
} from "./pack-factory";

const STRESS_PATTERNS = PATTERN_IDS.filter((id) => id !== "settled");
const DOMAIN_POOL = ["d0", "d1", "d2", "d3", "d4"] as const;

const optionSpec = fc.record({
  stage: fc.integer({ min: 0, max: 3 }),
  patterns: fc.subarray([...PATTERN_IDS], { maxLength: 2 }),
  /** A holding sign, now and then: the stage index it holds the check-in at. */
  holds: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 },
  ),
});

/**
 * A harder answer is never a weaker sign: each answer holds at least as hard as any
 * lighter answer to the same question (the rule the pack check enforces).
 */
function monotoneHolds<T extends { stage: number; holds: number | undefined }>(options: T[]): T[] {
  return options.map((option) => {
    const lighter = options
      .filter((other) => other.stage < option.stage && other.holds !== undefined)
      .map((other) => other.holds ?? 0);
    const holds = Math.max(option.holds ?? -1, ...lighter);
    return { ...option, holds: holds < 0 ? undefined : holds };
  });
}

const itemSpec = fc.array(optionSpec, { minLength: 2, maxLength: 6 });

const redFlagSpec = fc.record({
  domain: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom(...RED_FLAG_KINDS),
  flags: fc.array(fc.boolean(), { minLength: 2, maxLength: 4 }),
});

/** Any valid pack: 3-5 domains, 1-4 questions each, random stages and patterns on answers. */
export function packArbitrary(): fc.Arbitrary<ContentPack> {
  return fc.integer({ min: 3, max: 5 }).chain((domainCount) => {
    const domainIds = DOMAIN_POOL.slice(0, domainCount);
    return fc
      .record({
        itemsByDomain: fc.array(fc.array(itemSpec, { minLength: 1, maxLength: 4 }), {
          minLength: domainCount,
          maxLength: domainCount,
        }),
        redFlags: fc.array(redFlagSpec, { maxLength: 2 }),
        /** Which question in each area the one-minute check-in asks (taken modulo its size). */
        quickPicks: fc.array(fc.nat(), { minLength: domainCount, maxLength: domainCount }),
        tips: fc.array(
          fc.record({
            stages: fc.subarray([...STAGE_IDS], { minLength: 1 }),
            domains: fc.subarray([...domainIds]),
            patterns: fc.subarray([...PATTERN_IDS]),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        prompts: fc.array(
          fc.record({
            function: fc.constantFrom(...FUNCTIONS),
            stages: fc.subarray([...STAGE_IDS], { minLength: 1 }),
            patterns: fc.option(fc.subarray([...PATTERN_IDS]), { nil: undefined }),
          }),
          { minLength: 3, maxLength: 10 },
        ),
        scoring: fc.record({
          minAnswers: fc.integer({ min: 1, max: 8 }),
          overallCount: fc.integer({ min: 1, max: 6 }),
          persistenceDays: fc.integer({ min: 1, max: 60 }),
        }),
      })
      .map(({ itemsByDomain, redFlags, quickPicks, tips, prompts, scoring }): ContentPack => {
        const items: Item[] = itemsByDomain.flatMap((specs, d) =>
          specs.map((options, i) => ({
            id: `q-${d}-${i}`,
            domain: domainIds[d] ?? "d0",
            question: `Question ${d}-${i}?`,
            why: "Why we ask.",
            ...(i === (quickPicks[d] ?? 0) % specs.length ? { quick: true } : {}),
            options: monotoneHolds(options).map((option, o) => ({
              id: `o${o}`,
              label: `Answer ${o}.`,
              stage: STAGE_IDS[option.stage] ?? "ready",
              ...(option.patterns.length > 0 ? { patterns: option.patterns } : {}),
              ...(option.holds === undefined ? {} : { holds: STAGE_IDS[option.holds] ?? "ready" }),
            })),
          })),
        );
        redFlags.forEach((flag, r) => {
          const flags = flag.flags.some(Boolean) ? flag.flags : [...flag.flags.slice(1), true];
          items.push({
            id: `red-${r}`,
            domain: domainIds[flag.domain] ?? "d0",
            question: "A red-flag question?",
            why: "So we can show support.",
            redFlag: flag.kind,
            options: flags.map((flagged, o) => ({
              id: `o${o}`,
              label: `Answer ${o}.`,
              ...(flagged ? { flag: true } : {}),
            })),
          });
        });
        return {
          ...makeFixedParts(),
          scoring,
          stages: makeStages(),
          patterns: makePatterns(),
          domains: domainIds.map((id) => ({ id, label: `Area ${id}`, short: "About it." })),
          items,
          tips: tips.map((tip, t) => ({ id: `tip-${t}`, title: "A tip", body: "Do it.", ...tip })),
          supervisionPrompts: prompts.map((prompt, p) => ({
            id: `prompt-${p}`,
            text: "A prompt.",
            ...prompt,
            ...(prompt.patterns === undefined ? {} : { patterns: prompt.patterns }),
          })),
        };
      });
  });
}

/** One question's answer: an option, "prefer not to say" (null), missing, or an unknown id. */
function answerFor(item: Item): fc.Arbitrary<string | null | undefined> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...item.options.map((option) => option.id)), weight: 6 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.constant("not-an-option"), weight: 1 },
  );
}

/** Any answer set for this pack, sometimes with unknown or hostile keys mixed in. */
export function answersArbitrary(pack: ContentPack): fc.Arbitrary<CheckInAnswers> {
  return fc
    .record({
      chosen: fc.tuple(...pack.items.map(answerFor)),
      extra: fc.subarray(["__proto__", "constructor", "no-such-question", "toString"]),
    })
    .map(({ chosen, extra }) => {
      const entries: [string, string | null][] = extra.map((key) => [key, "o0"]);
      pack.items.forEach((item, index) => {
        const value = chosen[index];
        if (value !== undefined) entries.push([item.id, value]);
      });
      return Object.fromEntries(entries);
    });
}

/** A pack together with an answer set for it. */
export function packAndAnswers(): fc.Arbitrary<{ pack: ContentPack; answers: CheckInAnswers }> {
  return packArbitrary().chain((pack) =>
    answersArbitrary(pack).map((answers) => ({ pack, answers })),
  );
}

export { STRESS_PATTERNS };
