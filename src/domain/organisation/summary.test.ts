// @vitest-environment node
import { describe, expect, it } from "vitest";
import { makeOrganisation } from "../../testing/pack-factory";
import {
  compareReflections,
  previousForTeam,
  principleLevel,
  suggestActions,
  summariseReflection,
} from "./summary";
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

describe("compareReflections", () => {
  it("says better, same or less for each principle, and not-compared when one side has no rating", () => {
    const before = { principles: [rate("safety", "starting")] };
    const now = { principles: [rate("safety", "growing"), rate("trust", "starting")] };
    expect(compareReflections(now, before, principles)).toEqual([
      { principleId: "safety", change: "better", before: "starting", now: "growing" },
      { principleId: "trust", change: "not-compared", before: null, now: null },
    ]);
    expect(compareReflections(before, now, principles)[0]?.change).toBe("less");
  });

  it("judges only the statements rated both times, so rating more of them is not change", () => {
    // Before: only safety-1, at growing. Now: the same growing, plus two rated low.
    const before = { principles: [rate("safety", "growing")] };
    const now = { principles: [rate("safety", "growing", "not-yet", "not-yet")] };
    expect(compareReflections(now, before, principles)[0]).toEqual({
      principleId: "safety",
      change: "same",
      before: "growing",
      now: "growing",
    });
    const disjoint = {
      principles: [
        {
          principleId: "safety",
          ratings: [{ statementId: "safety-3", level: "embedded" as const }],
        },
      ],
    };
    expect(compareReflections(disjoint, before, principles)[0]?.change).toBe("not-compared");
  });
});

describe("previousForTeam", () => {
  it("finds the newest earlier reflection of the same team, names matched loosely", () => {
    const list = [
      { id: "c", team: "Ward A" },
      { id: "b", team: "Ward B" },
      { id: "a", team: " ward a " },
      { id: "z", team: undefined },
    ];
    expect(previousForTeam(list, list[0]!)?.id).toBe("a");
    expect(previousForTeam(list, list[1]!)).toBeUndefined();
    expect(previousForTeam([{ id: "y" }, { id: "x", team: "" }], { id: "y" })?.id).toBe("x");
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
