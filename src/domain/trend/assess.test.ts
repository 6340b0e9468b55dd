import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { trendEntry, trendEntryOn } from "../../testing/trend";
import { assessTrend, trendPoints, type TrendDirection, type TrendEntry } from "./assess";
import { trendLines } from "./words";

type Case = {
  name: string;
  /**
   * Each check-in as "date stage": the stage index (0 Steady to 3 Struggling, "-" for
   * too few answers for a stage), then "!" when a red-flag answer was given.
   */
  checkIns: string;
  direction: TrendDirection;
  /** The persistence fact said before the pack's persistence advice, or null for none. */
  persistence: string | null;
  redFlags: number;
};

const UNDER_PRESSURE_OR_HARDER = "Under pressure, Worn down or Struggling";
const WORN_DOWN_OR_HARDER = "Worn down or Struggling";

// Real sequences, read with the default pack (stages Steady 0, Under pressure 1,
// Worn down 2, Struggling 3; persistence from 28 days, or 14 at Worn down or harder).
const CASES: readonly Case[] = [
  {
    name: "Steady, Under pressure, Worn down, then Under pressure has gone up and down",
    checkIns: "2026-11-02 0, 2026-11-09 1, 2026-11-16 2, 2026-11-23 1",
    direction: "mixed",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "Steady every week is steady",
    checkIns: "2026-11-02 0, 2026-11-09 0, 2026-11-16 0, 2026-11-23 0",
    direction: "steady",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "a slow slide from Steady to Worn down is worsening",
    checkIns: "2026-10-26 0, 2026-11-02 0, 2026-11-09 1, 2026-11-16 1, 2026-11-23 2",
    direction: "worsening",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "coming back from Struggling to Steady is improving",
    checkIns: "2026-10-26 3, 2026-11-02 2, 2026-11-09 2, 2026-11-16 1, 2026-11-23 0",
    direction: "improving",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "four weeks at Under pressure is steady, and has lasted",
    checkIns: "2026-10-26 1, 2026-11-02 1, 2026-11-09 1, 2026-11-16 1, 2026-11-23 1",
    direction: "steady",
    persistence: `Your check-ins over 28 days have all been ${UNDER_PRESSURE_OR_HARDER}.`,
    redFlags: 0,
  },
  {
    name: "27 days at Under pressure has not lasted long enough yet",
    checkIns: "2026-10-27 1, 2026-11-09 1, 2026-11-23 1",
    direction: "steady",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "two weeks at Worn down has lasted",
    checkIns: "2026-11-09 2, 2026-11-16 2, 2026-11-23 2",
    direction: "steady",
    persistence: `Your check-ins over 14 days have all been ${WORN_DOWN_OR_HARDER}.`,
    redFlags: 0,
  },
  {
    name: "13 days at Worn down has not lasted long enough yet",
    checkIns: "2026-11-10 2, 2026-11-23 2",
    direction: "steady",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "a Steady check-in ends a run at Under pressure",
    checkIns: "2026-10-19 1, 2026-10-26 1, 2026-11-02 0, 2026-11-09 1, 2026-11-16 1, 2026-11-23 1",
    direction: "mixed",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "a week at Under pressure between Worn down weeks ends the shorter run, not the longer one",
    checkIns: "2026-10-26 2, 2026-11-02 2, 2026-11-09 1, 2026-11-16 2, 2026-11-23 2",
    direction: "mixed",
    persistence: `Your check-ins over 28 days have all been ${UNDER_PRESSURE_OR_HARDER}.`,
    redFlags: 0,
  },
  {
    name: "Worn down and Struggling by turns is up and down, and has lasted",
    checkIns: "2026-11-02 2, 2026-11-09 3, 2026-11-16 2, 2026-11-23 3",
    direction: "mixed",
    persistence: `Your check-ins over 21 days have all been ${WORN_DOWN_OR_HARDER}.`,
    redFlags: 0,
  },
  {
    name: "one harder week that passed is still up and down, not the same",
    checkIns: "2026-11-02 0, 2026-11-09 0, 2026-11-16 1, 2026-11-23 0",
    direction: "mixed",
    persistence: null,
    redFlags: 0,
  },
  {
    name: "a red flag three check-ins ago is still mentioned",
    checkIns: "2026-11-02 1!, 2026-11-09 1, 2026-11-16 1, 2026-11-23 1",
    direction: "steady",
    persistence: null,
    redFlags: 1,
  },
  {
    name: "a red flag in a check-in with too few answers for a stage is mentioned",
    checkIns: "2026-11-16 0, 2026-11-20 -!, 2026-11-23 0",
    direction: "steady",
    persistence: null,
    redFlags: 1,
  },
  {
    name: "one check-in is not enough for a direction, but its red flag is mentioned",
    checkIns: "2026-11-23 3!",
    direction: "not-enough",
    persistence: null,
    redFlags: 1,
  },
];

const DIRECTION_ADVICE: Record<TrendDirection, string> = {
  worsening: pack.advice.worsening,
  improving: pack.advice.improving,
  mixed: pack.advice.mixed,
  steady: pack.advice.steady,
  "not-enough": pack.advice.notEnough,
};

function entries(checkIns: string): TrendEntry[] {
  return checkIns.split(", ").map((row) => {
    const match = /^(\S+) ([0-3-])(!?)$/.exec(row);
    if (!match) throw new Error(`Cannot read the check-in "${row}"`);
    const [, date = "", stage, flag] = match;
    return trendEntryOn(date, stage === "-" ? null : Number(stage), flag === "!");
  });
}

describe("the trend of real sequences of check-ins", () => {
  it.each(CASES)("$name", ({ checkIns, direction, persistence, redFlags }) => {
    const trend = assessTrend(pack, entries(checkIns));
    expect(trend.direction).toBe(direction);
    expect(trend.persistent).toBe(persistence !== null);
    expect(trend.redFlagCount).toBe(redFlags);
    // Much the same at a harder stage gets its own words, never "keep doing what helps".
    const latest = [...entries(checkIns)].reverse().find((e) => e.result.stageIndex !== null);
    const hardSame = direction === "steady" && (latest?.result.stageIndex ?? 0) >= 1;
    expect(trendLines(pack, trend).map((line) => line.text)).toEqual([
      hardSame ? pack.advice.steadyHard : DIRECTION_ADVICE[direction],
      ...(redFlags > 0 ? [pack.advice.redFlags] : []),
      ...(persistence ? [`${persistence} ${pack.advice.persistence}`] : []),
    ]);
  });
});

describe("assessTrend", () => {
  it("gives each signal's advice only when it applies", () => {
    const calm = assessTrend(pack, [trendEntry(0, 0), trendEntry(7, 0)]);
    expect(calm).toMatchObject({ persistenceAdvice: null, redFlagAdvice: null, redFlagCount: 0 });
    const hard = assessTrend(pack, [trendEntry(0, 2, { redFlag: true }), trendEntry(14, 2)]);
    expect(hard).toMatchObject({
      persistenceAdvice: pack.advice.persistence,
      redFlagAdvice: pack.advice.redFlags,
      persistentDays: 14,
      persistentStageIndex: 2,
    });
  });

  it("keeps the order two check-ins on one day were taken in", () => {
    const morningCalm = [trendEntry(5, 0, { hour: 8 }), trendEntry(5, 2, { hour: 20 })];
    const morningHard = [trendEntry(5, 2, { hour: 8 }), trendEntry(5, 0, { hour: 20 })];
    expect(assessTrend(pack, morningCalm).direction).toBe("worsening");
    expect(assessTrend(pack, morningHard).direction).toBe("improving");
  });

  it("looks only at the last five check-ins for the direction", () => {
    const history = [3, 0, 0, 0, 0, 0].map((stage, day) => trendEntry(day * 7, stage));
    expect(assessTrend(pack, history)).toMatchObject({ direction: "steady", considered: 5 });
  });

  it("reads dates with times by their written date", () => {
    const [late] = trendPoints([trendEntry(3, 1, { hour: 0 })]);
    const [plain] = trendPoints([trendEntry(3, 1)]);
    expect(late?.day).toBe(plain?.day);
  });

  it("ignores the stage of check-ins with dates it cannot read", () => {
    const bad = trendEntryOn("2026-02-28", 3);
    expect(
      trendPoints([
        { ...bad, date: "2026-02-31" },
        { ...bad, date: "soon" },
      ]),
    ).toEqual([]);
  });
});
