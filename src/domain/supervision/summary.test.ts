import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../../testing/records";
import { scoreCheckIn } from "../scoring/score";
import { prepSummaryText } from "./summary";
import { trendLines } from "../trend/words";
import { prepTrend, prepTrendLines } from "./trend";

const result = (stageIndex: number, patternIds: string[] = []) => ({
  ...scoreCheckIn(pack, {}),
  status: "scored" as const,
  stageId: pack.stages[stageIndex]!.id,
  stageIndex,
  patternIds,
});

const checkIns = [
  makeCheckIn({ id: "c1", createdAt: "2026-11-01T09:00:00.000Z", result: result(0) }),
  makeCheckIn({
    id: "c2",
    createdAt: "2026-11-08T09:00:00.000Z",
    result: result(1),
    bringToSupervision: true,
    note: "The late visit stayed with me.",
  }),
  makeCheckIn({
    id: "c3",
    createdAt: "2026-11-20T09:00:00.000Z",
    result: result(2, ["on-edge"]),
    bringToSupervision: true,
    note: "Sleeping badly.",
  }),
];

const prep = makeSupervisionPrep({
  period: { from: "2026-11-01", to: "2026-11-23" },
  checkInIds: ["c2", "c3"],
  answers: [
    { promptId: "restore-heaviest", answer: "The visit on Tuesday." },
    { promptId: "norm-workload-safe", answer: "Not quite." },
    { promptId: "form-learn-next", answer: "   " },
  ],
  whatToBring: "How to switch off.",
  agenda: ["The late visit", "Workload"],
});

describe("the trend lines of a prep", () => {
  it("say the direction and list the stages in words, oldest first", () => {
    expect(prepTrendLines(pack, checkIns)).toEqual([
      pack.advice.worsening,
      "Stages, oldest first: Steady (1 Nov 2026), Under pressure (8 Nov 2026), Worn down (20 Nov 2026).",
    ]);
  });

  it("say when there are not enough check-ins for a trend", () => {
    expect(prepTrendLines(pack, [checkIns[0]!])[0]).toBe(pack.advice.notEnough);
    expect(prepTrendLines(pack, [])).toHaveLength(1);
  });

  it("say how long hard stages have lasted when they persist", () => {
    const hard = [1, 10, 20].map((day, i) =>
      makeCheckIn({
        id: `h${i}`,
        createdAt: `2026-11-${String(day).padStart(2, "0")}T09:00:00.000Z`,
        result: result(2),
      }),
    );
    expect(prepTrendLines(pack, hard)).toContain(
      `Your check-ins over 19 days have all been Worn down or Struggling. ${pack.advice.persistence}`,
    );
  });

  it("use the same words as every other place that shows the trend", () => {
    const unsafe = {
      ...result(1),
      redFlags: [{ itemId: "i", optionId: "o", kind: "unsafe" as const }],
    };
    const eased = makeCheckIn({ id: "c4", createdAt: "2026-11-22T09:00:00.000Z", result: unsafe });
    const upAndDown = [...checkIns, eased];
    const words = trendLines(pack, prepTrend(pack, upAndDown)).map((line) => line.text);
    expect(words).toEqual([pack.advice.mixed, pack.advice.redFlags]);
    expect(prepTrendLines(pack, upAndDown).slice(0, -1)).toEqual(words);
  });

  it("name only the latest eight stages, so the page stays one page", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      makeCheckIn({
        id: `m${i}`,
        createdAt: `2026-10-${String(i + 1).padStart(2, "0")}T09:00:00.000Z`,
        result: result(0),
      }),
    );
    expect(prepTrendLines(pack, many).at(-1)).toMatch(
      /^Stages, oldest first, the latest 8 of 12: /,
    );
  });
});

describe("the shared text of a prep for my own supervision", () => {
  const text = prepSummaryText(pack, prep, { checkIns }, { trend: true });

  it("has the period, the trend and the flagged check-ins in stage words", () => {
    expect(text).toContain("Supervision preparation: my own supervision");
    expect(text).toContain("Period: 1 Nov 2026 to 23 Nov 2026");
    expect(text).toContain(`How things have been\n${pack.advice.worsening}\n`);
    expect(text).toContain("- 8 Nov 2026: Under pressure.");
    expect(text).toContain("- 20 Nov 2026: Worn down, on edge.");
    expect(text).not.toContain("1 Nov 2026: Steady.");
    expect(text).not.toMatch(/\b(green|yellow|orange|red)\b/i);
  });

  it("groups answered prompts by function and leaves out blank answers", () => {
    expect(text).toContain(
      "Restorative: support, and how the work is affecting us\n- Which case or moment has felt heaviest, and how is it sitting with me now?\n  The visit on Tuesday.",
    );
    expect(text).toContain("Normative: workload, standards and safe practice");
    expect(text).not.toContain("Formative");
  });

  it("has what I want to bring and a numbered agenda", () => {
    expect(text).toContain("What I want to bring\nHow to switch off.");
    expect(text).toContain("Agenda\n1. The late visit\n2. Workload");
  });

  it("bases the trend only on check-ins inside the period", () => {
    const earlier = makeCheckIn({
      id: "c0",
      createdAt: "2026-10-20T09:00:00.000Z",
      result: result(3),
    });
    const withEarlier = prepSummaryText(
      pack,
      prep,
      { checkIns: [earlier, ...checkIns] },
      { trend: true },
    );
    expect(withEarlier).toBe(text);
  });

  it("leaves out the trend when not asked for", () => {
    const without = prepSummaryText(pack, prep, { checkIns }, { trend: false });
    expect(without).not.toContain("How things have been");
    expect(without).not.toContain(pack.advice.worsening);
  });

  it("shows check-in notes only when the prep includes notes", () => {
    expect(text).not.toContain("Sleeping badly");
    const withNotes = prepSummaryText(
      pack,
      { ...prep, includeNotes: true },
      { checkIns },
      { trend: false },
    );
    expect(withNotes).toContain("  Note: Sleeping badly.");
  });

  it("for arbitrary notes, never shows them unless notes are included", () => {
    const baseline = prepSummaryText(
      pack,
      prep,
      { checkIns: checkIns.map((checkIn) => ({ ...checkIn, note: "" })) },
      { trend: true },
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), (notes) => {
        const noted = checkIns.map((checkIn, i) => ({ ...checkIn, note: notes[i] ?? "" }));
        expect(prepSummaryText(pack, prep, { checkIns: noted }, { trend: true })).toBe(baseline);
      }),
      { numRuns: 200 },
    );
  });

  it("records the after-session outcomes and where each action goes", () => {
    const after = {
      ...prep,
      after: {
        outcomes: "Fewer late visits for a month.",
        actions: [
          { id: "a1", what: "Try the cyclic sigh", destination: "plan" as const },
          { id: "a2", what: "Ask AB how the rota is", destination: "peer-follow-up" as const },
        ],
        recordedAt: "2026-11-24T10:00:00.000Z",
      },
    };
    expect(prepSummaryText(pack, after, { checkIns }, { trend: false })).toContain(
      "After the session\nFewer late visits for a month.\n- Try the cyclic sigh (my plan)\n- Ask AB how the rota is (peer follow-up)",
    );
  });

  it("says it is not an assessment or a diagnosis", () => {
    expect(text).toMatch(/not an assessment or a diagnosis/);
  });
});

describe("the shared text of a prep for supervising someone", () => {
  const peers = [
    makePeerCheckIn({ id: "p1", heldOn: "2026-11-02", notes: "Private words." }),
    makePeerCheckIn({
      id: "p2",
      heldOn: "2026-11-16",
      colleagueView: { kind: "rather-not-say" },
      consent: { given: true, notes: "actions-only", at: "2026-11-16T10:00:00.000Z" },
      closedAt: "2026-11-16T11:00:00.000Z",
    }),
    makePeerCheckIn({ id: "not-included", heldOn: "2026-11-10" }),
  ];
  const supervising = makeSupervisionPrep({
    role: "supervising",
    colleague: "AB",
    period: { from: "2026-11-01", to: "2026-11-23" },
    checkInIds: ["c2"],
    peerCheckInIds: ["p2", "p1"],
  });

  it("lists the included peer check-ins with the colleague's view first, and no own check-ins", () => {
    const text = prepSummaryText(
      pack,
      supervising,
      { checkIns, peerCheckIns: peers },
      { trend: true },
    );
    expect(text).toContain("Supervision preparation: supervising AB");
    expect(text).toContain(
      "- 2 Nov 2026. Their own view: Under pressure. Signs I noticed pointed to: Under pressure (a suggestion only).",
    );
    expect(text).toContain("  Agreed: Look at the rota together (both of us)");
    expect(text).toContain("  Agreed: Take a proper lunch break (AB)");
    expect(text).toContain("- 16 Nov 2026. Their own view: they'd rather not say.");
    expect(text).toContain("  Follow-up: closed.");
    expect(text.indexOf("2 Nov 2026")).toBeLessThan(text.indexOf("16 Nov 2026"));
    expect(text).not.toContain("10 Nov 2026");
    expect(text).not.toContain("How things have been");
    expect(text).not.toContain("Check-ins I want to bring");
    expect(text).not.toContain("Private words.");
  });

  it("shows peer notes only when included and only when the colleague agreed to notes", () => {
    const text = prepSummaryText(
      pack,
      { ...supervising, includeNotes: true },
      { peerCheckIns: peers },
      { trend: false },
    );
    expect(text).toContain("  Notes: Private words.");
  });
});
