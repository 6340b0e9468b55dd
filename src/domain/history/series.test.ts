import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_POINTS, notePreview, stageSeries, type Series, type SeriesSource } from "./series";

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

  it("averages by month when even the weeks are too many, so ten years of days stay readable", () => {
    // A check-in every day for ten years: 522 weeks, but 120 months.
    const daily = Array.from({ length: 3653 }, (_, day) =>
      source(new Date(2016, 0, 1 + day, 9).toISOString(), day % 4),
    );
    const series = stageSeries(daily);
    expect(series.grouped).toBe("month");
    expect(series.points).toHaveLength(MAX_POINTS);
    expect(series.points[0]?.date).toBe(new Date(2016, 0, 1).toISOString());
    expect(series.points.at(-1)?.date).toBe(new Date(2025, 11, 1).toISOString());
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(3653);
  });

  it("keeps one point per check-in up to the limit, and weeks when they fit", () => {
    const twice = (days: number) =>
      Array.from({ length: days * 2 }, (_, i) =>
        source(new Date(2026, 0, 5 + Math.floor(i / 2), 9 + (i % 2)).toISOString(), 1),
      );
    expect(stageSeries(twice(60)).grouped).toBe("check-in");
    const weekly = stageSeries(twice(61));
    expect(weekly.grouped).toBe("week");
    expect(weekly.points).toHaveLength(9);
    expect(weekly.points[0]).toEqual({
      date: new Date(2026, 0, 5).toISOString(),
      stage: 1,
      count: 14,
    });
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
          expectReadableSeries(series, scored, max);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays readable for any history up to 5,000 check-ins over 15 years", () => {
    // Built from a seed rather than 5,000 separate arbitraries, so each run is quick.
    const history = fc.record({
      count: fc.integer({ min: 0, max: 5000 }),
      years: fc.integer({ min: 0, max: 15 }),
      start: fc.date({ min: new Date(2010, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(history, ({ count, years, start, seed }) => {
        const random = seeded(seed);
        const spanMs = Math.max(1, years) * 365.25 * 24 * 3600 * 1000;
        const list = Array.from({ length: count }, () =>
          source(
            new Date(start.getTime() + Math.floor(random() * spanMs)).toISOString(),
            random() < 0.1 ? null : Math.floor(random() * 4),
          ),
        );
        const scored = list.filter((s) => s.result.stageIndex !== null).length;
        expectReadableSeries(stageSeries(list), scored, MAX_POINTS);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * What the chart relies on: no check-in lost or counted twice, every point on the
 * continuum, oldest first, and no more points than the limit, except that a history
 * longer than the limit in months keeps one point a month (a month is the widest group).
 */
function expectReadableSeries(series: Series, scored: number, max: number): void {
  const { points, grouped } = series;
  expect(points.reduce((sum, p) => sum + p.count, 0)).toBe(scored);
  expect(points.every((p) => p.stage >= 0 && p.stage <= 3 && p.count >= 1)).toBe(true);
  // Oldest first; two check-ins may share a moment, but two weeks or months never do.
  const inOrder = points.every((p, i) => {
    const before = points[i - 1]?.date ?? "";
    return grouped === "check-in" ? before <= p.date : before < p.date;
  });
  expect(inOrder).toBe(true);
  const first = new Date(points[0]?.date ?? 0);
  const last = new Date(points.at(-1)?.date ?? 0);
  const monthsSpanned =
    (last.getFullYear() - first.getFullYear()) * 12 + last.getMonth() - first.getMonth() + 1;
  expect(points.length).toBeLessThanOrEqual(Math.max(max, monthsSpanned));
  if (grouped !== "month") expect(points.length).toBeLessThanOrEqual(max);
  if (grouped !== "check-in") expect(scored).toBeGreaterThan(max);
  if (grouped === "month") {
    expect(points.every((p) => new Date(p.date).getDate() === 1)).toBe(true);
  }
}

/** A small repeatable random number source (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
