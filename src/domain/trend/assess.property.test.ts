import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { makePack } from "../../testing/pack-factory";
import { trendEntry } from "../../testing/trend";
import { assessTrend, trendPoints, type TrendEntry } from "./assess";
import { trendLines } from "./words";

const RUNS = { numRuns: 1000 };
const packs = [makePack(), defaultPack];
const packArb = fc.constantFrom(...packs);

type Row = { day: number; stage: number | null; redFlag: boolean; hour: number | undefined };

const stageArb = fc.integer({ min: 0, max: 3 });
const rowArb: fc.Arbitrary<Row> = fc.record({
  day: fc.integer({ min: 0, max: 90 }),
  stage: fc.option(stageArb, { freq: 6 }),
  // About one check-in in ten has a red flag, so most histories have none or one.
  redFlag: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
});
const rowsArb = fc.array(rowArb, { maxLength: 12 });

function toEntries(rows: readonly Row[]): TrendEntry[] {
  return rows.map(({ day, stage, redFlag, hour }) => trendEntry(day, stage, { redFlag, hour }));
}

/** The day after every row: appending there makes a check-in the latest. */
function dayAfter(rows: readonly Row[]): number {
  return Math.max(0, ...rows.map((row) => row.day)) + 1;
}

describe("trend invariants", () => {
  it("the order check-ins are given in never matters", () => {
    const shuffled = rowsArb.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
    );
    fc.assert(
      fc.property(packArb, shuffled, (pack, [rows, reordered]) => {
        expect(assessTrend(pack, toEntries(reordered))).toEqual(assessTrend(pack, toEntries(rows)));
      }),
      RUNS,
    );
  });

  it("check-ins that stayed at one stage are never worsening, improving or mixed", () => {
    fc.assert(
      fc.property(packArb, rowsArb, stageArb, (pack, rows, stage) => {
        const same = rows.map((row) => ({ ...row, stage }));
        const { direction } = assessTrend(pack, toEntries(same));
        expect(["steady", "not-enough"]).toContain(direction);
      }),
      RUNS,
    );
  });

  it("appending a harder check-in keeps a worsening trend worsening, never improving", () => {
    fc.assert(
      fc.property(packArb, rowsArb, fc.integer({ min: 1, max: 3 }), (pack, rows, step) => {
        const entries = toEntries(rows);
        const latest = trendPoints(entries).at(-1);
        fc.pre(assessTrend(pack, entries).direction === "worsening" && latest !== undefined);
        const harder = Math.min(3, latest!.stage + step);
        fc.pre(harder > latest!.stage);
        const later = [...entries, trendEntry(dayAfter(rows), harder)];
        expect(assessTrend(pack, later).direction).toBe("worsening");
      }),
      RUNS,
    );
  });

  it("appending a lighter check-in never makes the direction worsening", () => {
    fc.assert(
      fc.property(packArb, rowsArb, (pack, rows) => {
        const entries = toEntries(rows);
        const latest = trendPoints(entries).at(-1);
        fc.pre(latest !== undefined && latest.stage > 0);
        const later = [...entries, trendEntry(dayAfter(rows), latest!.stage - 1)];
        expect(assessTrend(pack, later).direction).not.toBe("worsening");
      }),
      RUNS,
    );
  });

  it("a red flag anywhere in the period is always mentioned, and only then", () => {
    fc.assert(
      fc.property(packArb, rowsArb, (pack, rows) => {
        const trend = assessTrend(pack, toEntries(rows));
        const said = trendLines(pack, trend).map((line) => line.text);
        const flagged = rows.filter((row) => row.redFlag).length;
        expect(trend.redFlagCount).toBe(flagged);
        if (flagged > 0) expect(said).toContain(pack.advice.redFlags);
        else expect(trend.redFlagAdvice).toBeNull();
      }),
      RUNS,
    );
  });

  it("persistence needs the second stage for the pack's days, or the third for half of them", () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 60 }), (rows, days) => {
        const pack = makePack();
        const tuned = { ...pack, scoring: { ...pack.scoring, persistenceDays: days } };
        const trend = assessTrend(tuned, toEntries(rows));
        const latest = trendPoints(toEntries(rows)).at(-1);
        if (!trend.persistent) {
          expect(trend).toMatchObject({ persistentDays: 0, persistenceAdvice: null });
          return;
        }
        const floor = trend.persistentStageIndex;
        expect([1, 2]).toContain(floor);
        expect(latest!.stage).toBeGreaterThanOrEqual(floor!);
        const needed = floor === 1 ? days : Math.ceil(days / 2);
        expect(trend.persistentDays).toBeGreaterThanOrEqual(needed);
      }),
      RUNS,
    );
  });

  it("a latest check-in at the first stage never gives persistence advice", () => {
    fc.assert(
      fc.property(packArb, rowsArb, (pack, rows) => {
        const entries = [...toEntries(rows), trendEntry(dayAfter(rows), 0)];
        expect(assessTrend(pack, entries).persistent).toBe(false);
      }),
      RUNS,
    );
  });

  it("check-ins without a stage or a red flag never change the assessment", () => {
    fc.assert(
      fc.property(
        packArb,
        rowsArb,
        fc.array(fc.integer({ min: 0, max: 90 })),
        (pack, rows, days) => {
          const padded = [...toEntries(rows), ...days.map((day) => trendEntry(day, null))];
          expect(assessTrend(pack, padded)).toEqual(assessTrend(pack, toEntries(rows)));
        },
      ),
      RUNS,
    );
  });
});
