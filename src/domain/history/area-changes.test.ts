// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaChanges } from "./area-changes";
import type { SeriesSource } from "./series";

/** Check-ins a day apart, each scoring the areas given (null: that area skipped). */
function checkIns(rows: readonly Record<string, number | null>[]): SeriesSource[] {
  return rows.map((row, index) => ({
    createdAt: new Date(Date.UTC(2026, 0, 1 + index, 9)).toISOString(),
    result: {
      stageIndex: 0,
      domains: Object.entries(row).map(([domainId, stageIndex]) => ({ domainId, stageIndex })),
    },
  }));
}

describe("which areas changed", () => {
  it("compares the earlier half with the later half, harder areas first, then easier", () => {
    const rows = [
      { sleep: 0, work: 3, people: 1 },
      { sleep: 1, work: 3, people: 1 },
      { sleep: 2, work: 1, people: 2 },
      { sleep: 3, work: 0, people: 1 },
    ];
    expect(areaChanges(checkIns(rows), ["work", "people", "sleep"])).toEqual([
      { domainId: "people", earlier: 1, later: 1.5, direction: "harder", count: 4 },
      { domainId: "sleep", earlier: 0.5, later: 2.5, direction: "harder", count: 4 },
      { domainId: "work", earlier: 3, later: 0.5, direction: "easier", count: 4 },
    ]);
  });

  it("reads the check-ins in date order, whatever order they come in", () => {
    const rows = checkIns([{ sleep: 0 }, { sleep: 2 }, { sleep: 3 }]);
    // The middle check-in of three belongs to neither half.
    expect(areaChanges([...rows].reverse(), ["sleep"])).toEqual([
      { domainId: "sleep", earlier: 0, later: 3, direction: "harder", count: 3 },
    ]);
  });

  it("leaves out areas scored fewer than twice, and skipped answers", () => {
    const rows = checkIns([
      { sleep: 1, work: null },
      { sleep: null, work: 2 },
      { sleep: 1, work: null },
    ]);
    expect(areaChanges(rows, ["sleep", "work", "people"])).toEqual([
      { domainId: "sleep", earlier: 1, later: 1, direction: "same", count: 2 },
    ]);
  });

  it("turns round when time does, and never calls an unchanged area changed", () => {
    const stage = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 2, maxLength: 40 }), (stages) => {
        const forward = areaChanges(checkIns(stages.map((s) => ({ sleep: s }))), ["sleep"])[0];
        const backward = areaChanges(checkIns([...stages].reverse().map((s) => ({ sleep: s }))), [
          "sleep",
        ])[0];
        const flipped = { harder: "easier", easier: "harder", same: "same" } as const;
        expect(backward?.direction).toBe(flipped[forward?.direction ?? "same"]);
        const moved = (forward?.later ?? 0) - (forward?.earlier ?? 0);
        expect(forward?.direction === "same").toBe(Math.abs(moved) < 0.5);
        if (new Set(stages).size === 1) expect(forward?.direction).toBe("same");
      }),
      { numRuns: 300 },
    );
  });
});
