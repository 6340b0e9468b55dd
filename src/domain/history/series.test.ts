import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { notePreview, stageSeries, type SeriesSource } from "./series";

function source(createdAt: string, stageIndex: number | null, sleep: number | null = null) {
  return {
    createdAt,
    result: { stageIndex, domains: [{ domainId: "sleep", stageIndex: sleep }] },
  } satisfies SeriesSource;
}

describe("history chart series", () => {
  it("draws check-ins oldest first, whatever order they come in", () => {
    const series = stageSeries([
      source("2026-11-03T09:00:00.000Z", 2),
      source("2026-11-01T09:00:00.000Z", 0),
    ]);
    expect(series.points.map((p) => p.stage)).toEqual([0, 2]);
    expect(series.grouped).toBe("check-in");
  });

  it("leaves out check-ins with not enough answers instead of drawing them as doing well", () => {
    const series = stageSeries([
      source("2026-11-01T09:00:00.000Z", null),
      source("2026-11-02T09:00:00.000Z", 3),
    ]);
    expect(series.points).toEqual([{ date: "2026-11-02T09:00:00.000Z", stage: 3, count: 1 }]);
  });

  it("follows one domain when asked, skipping check-ins where it was not answered", () => {
    const series = stageSeries(
      [source("2026-11-01T09:00:00.000Z", 1, 2), source("2026-11-02T09:00:00.000Z", 1, null)],
      "sleep",
    );
    expect(series.points.map((p) => p.stage)).toEqual([2]);
  });

  it("averages by week when there are too many points to read", () => {
    const many = Array.from({ length: 14 }, (_, day) =>
      source(new Date(Date.UTC(2026, 10, 2 + day, 12)).toISOString(), day < 7 ? 0 : 3),
    );
    const series = stageSeries(many, null, 10);
    expect(series.grouped).toBe("week");
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(14);
    expect(series.points.every((p) => p.stage >= 0 && p.stage <= 3)).toBe(true);
  });

  it("never loses or invents a check-in, and every point stays on the continuum", () => {
    const arbitrarySource = fc.record({
      createdAt: fc
        .date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true })
        .map((d) => d.toISOString()),
      stage: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitrarySource, { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (list, max) => {
          const series = stageSeries(
            list.map((s) => source(s.createdAt, s.stage)),
            null,
            max,
          );
          const scored = list.filter((s) => s.stage !== null).length;
          const counted = series.points.reduce((sum, p) => sum + p.count, 0);
          const sorted = series.points.every(
            (p, i, all) => i === 0 || (all[i - 1]?.date ?? "") <= p.date,
          );
          return (
            counted === scored && sorted && series.points.every((p) => p.stage >= 0 && p.stage <= 3)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("note previews", () => {
  it("keeps a short note as it is, on one line", () => {
    expect(notePreview("Tired but\nokay")).toBe("Tired but okay");
  });

  it("cuts a long note at a word and marks the cut", () => {
    const preview = notePreview("word ".repeat(40), 20);
    expect(preview.endsWith("…")).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(21);
    expect(preview).not.toMatch(/wor…$/);
  });
});
