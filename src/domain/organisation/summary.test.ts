// @vitest-environment node
import { describe, expect, it } from "vitest";
import { makeOrganisation } from "../../testing/pack-factory";
import { compareSummaries, principleLevel, suggestActions, summariseReflection } from "./summary";
import type { PrincipleAnswer } from "./schema";

const { principles, actionExamples } = makeOrganisation();

function rate(principleId: string, ...levels: PrincipleAnswer["ratings"][number]["level"][]) {
  return {
    principleId,
    ratings: levels.map((level, n) => ({ statementId: `${principleId}-${n + 1}`, level })),
  };
}

describe("a principle's level", () => {
  it("is the lower median of its rated statements", () => {
    expect(principleLevel(["embedded", "not-yet", "growing"])).toBe("growing");
    expect(principleLevel(["embedded", "starting"])).toBe("starting");
    expect(principleLevel(["growing"])).toBe("growing");
    expect(principleLevel([])).toBeNull();
  });

  it("is not pulled down to the lowest by one low statement", () => {
    expect(principleLevel(["embedded", "embedded", "not-yet"])).toBe("embedded");
  });
});

describe("summariseReflection", () => {
  it("names strengths, gaps and principles not rated, in the pack's order", () => {
    const summary = summariseReflection(
      {
        principles: [
          rate("trust", "not-yet", "starting", "growing"),
          rate("safety", "growing", "embedded"),
        ],
      },
      [
        ...principles,
        {
          id: "choice",
          statements: [
            { id: "choice-1", text: "x" },
            { id: "choice-2", text: "y" },
          ],
        },
      ],
    );
    expect(summary.strengths).toEqual(["safety"]);
    expect(summary.gaps).toEqual(["trust"]);
    expect(summary.notRated).toEqual(["choice"]);
    expect(summary.principles.find((p) => p.principleId === "trust")?.lowStatements).toEqual([
      "trust-1",
      "trust-2",
    ]);
  });

  it("ignores ratings of statements the pack no longer has", () => {
    const summary = summariseReflection(
      {
        principles: [
          { principleId: "safety", ratings: [{ statementId: "gone", level: "not-yet" }] },
        ],
      },
      principles,
    );
    expect(summary.notRated).toEqual(["safety", "trust"]);
  });
});

describe("compareSummaries", () => {
  it("says better, same or less for each principle, and not-compared when one side has no level", () => {
    const before = summariseReflection({ principles: [rate("safety", "starting")] }, principles);
    const now = summariseReflection(
      { principles: [rate("safety", "growing"), rate("trust", "starting")] },
      principles,
    );
    expect(compareSummaries(now, before)).toEqual([
      { principleId: "safety", change: "better", before: "starting", now: "growing" },
      { principleId: "trust", change: "not-compared", before: null, now: "starting" },
    ]);
    expect(compareSummaries(before, now)[0]?.change).toBe("less");
  });
});

describe("suggestActions", () => {
  it("suggests only examples linked to a gap", () => {
    const summary = summariseReflection(
      { principles: [rate("trust", "not-yet"), rate("safety", "embedded")] },
      principles,
    );
    expect(suggestActions(summary, actionExamples).map((e) => e.id)).toEqual(["steering-group"]);
  });

  it("puts examples that help more gaps first, and keeps to the limit", () => {
    const examples = [
      { id: "one", title: "One", text: "x", principles: ["safety"] },
      { id: "both", title: "Both", text: "x", principles: ["safety", "trust"] },
      { id: "none", title: "None", text: "x", principles: [] },
      { id: "trust-only", title: "Trust", text: "x", principles: ["trust"] },
    ];
    const summary = summariseReflection(
      { principles: [rate("trust", "not-yet"), rate("safety", "starting")] },
      principles,
    );
    expect(suggestActions(summary, examples).map((e) => e.id)).toEqual([
      "both",
      "trust-only",
      "one",
    ]);
    expect(suggestActions(summary, examples, 1).map((e) => e.id)).toEqual(["both"]);
  });

  it("suggests nothing when there are no gaps", () => {
    const summary = summariseReflection({ principles: [rate("trust", "embedded")] }, principles);
    expect(suggestActions(summary, actionExamples)).toEqual([]);
  });
});
