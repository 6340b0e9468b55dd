import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makePack } from "../../testing/pack-factory";
import { assessTrend, trendPoints, type TrendEntry } from "./assess";

const RUNS = { numRuns: 1000 };
const pack = makePack();
const START = Date.UTC(2026, 0, 1);

function dateOf(day: number, withTime = false): string {
  const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
  return withTime ? `${date}T21:30:00+01:00` : date;
}

function entry(day: number, stageIndex: number | null, withTime = false): TrendEntry {
  return {
    date: dateOf(day, withTime),
    result: { status: stageIndex === null ? "not-enough" : "scored", stageIndex },
  };
}

const entryArb = fc
  .record({
    day: fc.integer({ min: 0, max: 90 }),
    stage: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 6 }),
    withTime: fc.boolean(),
  })
  .map(({ day, stage, withTime }) => entry(day, stage, withTime));
const historyArb = fc.array(entryArb, { maxLength: 12 });

describe("assessTrend", () => {
  it("needs two scored check-ins to say which way things are going", () => {
    expect(assessTrend(pack, []).direction).toBe("not-enough");
    expect(assessTrend(pack, [entry(0, 2), entry(3, null)]).direction).toBe("not-enough");
    expect(assessTrend(pack, []).directionAdvice).toBe(pack.advice.notEnough);
  });

  it("sees a harder latest check-in as worsening and a lighter one as improving", () => {
    expect(assessTrend(pack, [entry(0, 0), entry(5, 0), entry(9, 2)]).direction).toBe("worsening");
    expect(assessTrend(pack, [entry(0, 3), entry(5, 2), entry(9, 1)]).direction).toBe("improving");
    expect(assessTrend(pack, [entry(0, 1), entry(5, 1)]).direction).toBe("steady");
  });

  it("gives persistence advice when the third stage lasts 14 days", () => {
    const result = assessTrend(pack, [entry(0, 2), entry(7, 2), entry(14, 2)]);
    expect(result.persistent).toBe(true);
    expect(result.persistentDays).toBe(14);
    expect(result.persistenceAdvice).toBe(pack.advice.persistence);
  });

  it("does not give persistence advice for 13 days", () => {
    expect(assessTrend(pack, [entry(0, 3), entry(13, 3)]).persistent).toBe(false);
  });

  it("counts a run that kept getting harder towards persistence", () => {
    expect(assessTrend(pack, [entry(0, 1), entry(8, 2), entry(15, 3)]).persistent).toBe(true);
  });

  it("does not count weeks at the first stage towards persistence", () => {
    expect(assessTrend(pack, [entry(0, 0), entry(10, 0), entry(20, 2)]).persistent).toBe(false);
  });

  it("ends a run when things got lighter below the third stage", () => {
    expect(assessTrend(pack, [entry(0, 2), entry(7, 1), entry(15, 2)]).persistent).toBe(false);
  });

  it("reads dates with times by their written date", () => {
    expect(trendPoints([entry(3, 1, true)])).toEqual([
      { day: trendPoints([entry(3, 1)])[0]?.day, stage: 1 },
    ]);
  });

  it("ignores entries with dates it cannot read", () => {
    const bad: TrendEntry = { date: "2026-02-31", result: { status: "scored", stageIndex: 3 } };
    expect(trendPoints([bad, { ...bad, date: "soon" }])).toEqual([]);
  });
});

describe("trend invariants", () => {
  it("persistence never triggers on check-ins spanning fewer days than the pack asks", () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 60 }), (history, days) => {
        const tuned = { ...pack, scoring: { ...pack.scoring, persistenceDays: days } };
        const scored = trendPoints(history);
        const first = scored[0];
        const last = scored.at(-1);
        const span = first && last ? last.day - first.day : 0;
        const result = assessTrend(tuned, history);
        if (span < days) expect(result.persistent).toBe(false);
        if (result.persistent) {
          expect(result.persistentDays).toBeGreaterThanOrEqual(days);
          expect(last?.stage).toBeGreaterThanOrEqual(2);
        }
      }),
      RUNS,
    );
  });

  it("adding a lighter check-in at the end never makes the direction worsening", () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 30 }), (history, gap) => {
        const points = trendPoints(history);
        const last = points.at(-1);
        fc.pre(last !== undefined && last.stage > 0);
        const lastDay = Math.round((last!.day * 86_400_000 - START) / 86_400_000);
        const later = [...history, entry(lastDay + gap + 1, last!.stage - 1)];
        expect(assessTrend(pack, later).direction).not.toBe("worsening");
      }),
      RUNS,
    );
  });

  it("the order check-ins are given in does not matter", () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.shuffledSubarray(history, { minLength: history.length }),
          ),
        ),
        ([history, shuffled]) => {
          expect(assessTrend(pack, shuffled)).toEqual(assessTrend(pack, history));
        },
      ),
      RUNS,
    );
  });

  it("check-ins without a stage never change the assessment", () => {
    fc.assert(
      fc.property(historyArb, fc.array(fc.integer({ min: 0, max: 90 })), (history, days) => {
        const padded = [...history, ...days.map((day) => entry(day, null))];
        expect(assessTrend(pack, padded)).toEqual(assessTrend(pack, history));
      }),
      RUNS,
    );
  });
});
