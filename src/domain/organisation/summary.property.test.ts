// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVELS, type Level } from "./limits";
import type { PrincipleAnswer } from "./schema";
import {
  answersOutsidePack,
  compareReflections,
  levelIndex,
  principleLevel,
  summariseReflection,
} from "./summary";

const PRINCIPLES = ["safety", "trust", "choice"].map((id) => ({
  id,
  statements: [1, 2, 3, 4].map((n) => ({ id: `${id}-${n}`, text: "A statement." })),
}));

const level = fc.constantFrom(...LEVELS);

/** Any ratings of any subset of statements, in any order. */
const answers: fc.Arbitrary<PrincipleAnswer[]> = fc
  .array(
    fc.record({
      principleId: fc.constantFrom(...PRINCIPLES.map((p) => p.id)),
      ratings: fc.uniqueArray(fc.record({ statementId: fc.integer({ min: 1, max: 4 }), level }), {
        maxLength: 4,
        selector: (r) => r.statementId,
      }),
    }),
    { maxLength: 3 },
  )
  .map((list) => {
    const seen = new Set<string>();
    return list
      .filter((answer) => !seen.has(answer.principleId) && seen.add(answer.principleId))
      .map((answer) => ({
        principleId: answer.principleId,
        ratings: answer.ratings.map((r) => ({
          statementId: `${answer.principleId}-${r.statementId}`,
          level: r.level,
        })),
      }));
  });

describe("reflection summary invariants", () => {
  it("the order ratings and principles were given in never changes the summary", () => {
    const reordered = <T>(list: readonly T[]) =>
      fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
    const pairs = answers.chain((given) =>
      fc.tuple(
        fc.constant(given),
        reordered(given).chain((outer) =>
          fc.tuple(...outer.map((a) => reordered(a.ratings).map((ratings) => ({ ...a, ratings })))),
        ),
      ),
    );
    fc.assert(
      fc.property(pairs, ([given, shuffled]) => {
        expect(summariseReflection({ principles: shuffled }, PRINCIPLES)).toEqual(
          summariseReflection({ principles: given }, PRINCIPLES),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("raising one rating never lowers any principle's level", () => {
    fc.assert(
      fc.property(answers, fc.nat(), fc.nat(), (given, which, up) => {
        const all = given.flatMap((a, i) => a.ratings.map((_, j) => [i, j] as const));
        fc.pre(all.length > 0);
        const [i, j] = all[which % all.length]!;
        const old = given[i]!.ratings[j]!.level;
        const raised: Level = LEVELS[Math.min(3, levelIndex(old) + 1 + (up % 3))]!;
        const higher = given.map((a, ai) =>
          ai !== i
            ? a
            : { ...a, ratings: a.ratings.map((r, rj) => (rj === j ? { ...r, level: raised } : r)) },
        );
        const before = summariseReflection({ principles: given }, PRINCIPLES);
        const after = summariseReflection({ principles: higher }, PRINCIPLES);
        for (const [index, result] of after.principles.entries()) {
          const was = before.principles[index]!.level;
          if (was !== null)
            expect(levelIndex(result.level!)).toBeGreaterThanOrEqual(levelIndex(was));
        }
        for (const change of compareReflections(
          { principles: higher },
          { principles: given },
          PRINCIPLES,
        )) {
          expect(change.change).not.toBe("less");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a reflection compared with itself is the same for every principle it rated", () => {
    fc.assert(
      fc.property(answers, (given) => {
        const summary = summariseReflection({ principles: given }, PRINCIPLES);
        const changes = compareReflections(
          { principles: given },
          { principles: given },
          PRINCIPLES,
        );
        changes.forEach((change, index) => {
          const rated = summary.principles[index]!.level !== null;
          expect(change.change).toBe(rated ? "same" : "not-compared");
        });
      }),
      { numRuns: 300 },
    );
  });

  it("a level lies between the lowest and highest rating, and every principle is in exactly one group", () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 4 }), answers, (levels, given) => {
        const index = levelIndex(principleLevel(levels)!);
        expect(index).toBeGreaterThanOrEqual(Math.min(...levels.map(levelIndex)));
        expect(index).toBeLessThanOrEqual(Math.max(...levels.map(levelIndex)));
        const summary = summariseReflection({ principles: given }, PRINCIPLES);
        const groups = [...summary.strengths, ...summary.gaps, ...summary.notRated];
        expect(groups.sort()).toEqual(PRINCIPLES.map((p) => p.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it("every rating is either shown in the summary or counted as outside the pack, whatever the pack drops", () => {
    const smallerPack = fc
      .subarray(PRINCIPLES)
      .chain((kept) =>
        fc.tuple(
          ...kept.map((principle) =>
            fc
              .subarray(principle.statements)
              .map((statements) => ({ id: principle.id, statements })),
          ),
        ),
      );
    fc.assert(
      fc.property(answers, smallerPack, (given, pack) => {
        const shown = summariseReflection({ principles: given }, pack).principles.reduce(
          (sum, result) => sum + result.rated,
          0,
        );
        const total = given.reduce((sum, answer) => sum + answer.ratings.length, 0);
        expect(shown + answersOutsidePack({ principles: given }, pack)).toBe(total);
        expect(answersOutsidePack({ principles: given }, PRINCIPLES)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("a principle the pack dropped counts its notes and evidence as outside too", () => {
    const reflection = {
      principles: [
        {
          principleId: "safety",
          ratings: [{ statementId: "safety-1", level: "starting" as Level }],
          note: "A quiet room.",
          evidence: "Survey in May.",
        },
      ],
    };
    expect(answersOutsidePack(reflection, PRINCIPLES)).toBe(0);
    expect(answersOutsidePack(reflection, PRINCIPLES.slice(1))).toBe(3);
  });
});
