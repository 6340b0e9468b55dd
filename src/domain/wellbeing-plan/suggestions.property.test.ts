// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HARDER_STAGE_FROM,
  MAX_SUGGESTIONS,
  MIN_TIMES_HARDER,
  alreadySays,
  earlySignLines,
  earlySignSuggestions,
  tipSuggestions,
  withLine,
  type CheckInAreas,
  type ChosenTip,
} from "./suggestions";

const AREAS = earlySignLines([
  { id: "sleep", label: "Sleep" },
  { id: "mood", label: "Mood", sign: "My mood dips and stays low" },
  { id: "connection", label: "Connection with others" },
  { id: "hope", label: "Hope and meaning" },
]);
const areaId = fc.constantFrom(...AREAS.keys(), "not-in-pack");
const checkIn: fc.Arbitrary<CheckInAreas> = fc.record({
  domains: fc.array(
    fc.record({ domainId: areaId, stageIndex: fc.option(fc.integer({ min: 0, max: 3 })) }),
    { maxLength: 6 },
  ),
});
const tip: fc.Arbitrary<ChosenTip> = fc.record({
  tipId: fc.constantFrom("walk", "breathe", "talk", "rest", "water"),
  title: fc.constantFrom(
    "Take a short walk",
    "Slow breathing",
    "Talk to a friend",
    "Rest",
    "Water",
  ),
  status: fc.constantFrom("active" as const, "done" as const, "dropped" as const),
  updatedAt: fc
    .date({ min: new Date("2026-01-01"), max: new Date("2027-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString()),
});
const partText = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 60 }),
  fc.constant("Changes in my sleep"),
  fc.constant("My mood dips and stays low"),
);

function timesHarder(checkIns: readonly CheckInAreas[], id: string): number {
  return checkIns.filter((c) =>
    c.domains.some((d) => d.domainId === id && (d.stageIndex ?? -1) >= HARDER_STAGE_FROM),
  ).length;
}

describe("early-sign suggestions from check-ins", () => {
  it("only offer areas that reached a harder stage often enough, most often first, never what the part already says", () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 12 }), partText, (checkIns, text) => {
        const out = earlySignSuggestions(checkIns, AREAS, text);
        expect(out.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        const counts = out.map((s) => {
          const id = s.id.replace(/^area-/, "");
          expect(AREAS.has(id)).toBe(true);
          // Counted per area entry, so a check-in listing an area twice may count twice:
          // at least the number of check-ins that reached it.
          expect(Number(/\d+/.exec(s.because)![0])).toBeGreaterThanOrEqual(MIN_TIMES_HARDER);
          expect(alreadySays(text, s.text)).toBe(false);
          expect(s.part).toBe("signsINotice");
          return Number(/\d+/.exec(s.because)![0]);
        });
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
        expect(new Set(out.map((s) => s.id)).size).toBe(out.length);
      }),
    );
  });

  it("an area that was hard in most check-ins is offered once its line is not in the plan, and not after it is added", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_TIMES_HARDER, max: 10 }), (n) => {
        const checkIns = Array.from({ length: n }, () => ({
          domains: [{ domainId: "sleep", stageIndex: 3 }],
        }));
        const [first] = earlySignSuggestions(checkIns, AREAS, "");
        expect(first).toMatchObject({
          text: "Changes in my sleep",
          because: `This area was harder in ${n} of your check-ins.`,
        });
        expect(timesHarder(checkIns, "sleep")).toBe(n);
        expect(earlySignSuggestions(checkIns, AREAS, withLine("I go quiet", first!.text))).toEqual(
          [],
        );
      }),
    );
  });

  it("one hard day alone, or days at the easier stages, suggest nothing", () => {
    expect(
      earlySignSuggestions([{ domains: [{ domainId: "mood", stageIndex: 3 }] }], AREAS, ""),
    ).toEqual([]);
    const easy = Array.from({ length: 5 }, () => ({
      domains: [{ domainId: "mood", stageIndex: HARDER_STAGE_FROM - 1 }],
    }));
    expect(earlySignSuggestions(easy, AREAS, "")).toEqual([]);
  });
});

describe("suggestions from chosen tips", () => {
  it("offer chosen tips once each, never dropped ones, newest first, never what the part already says", () => {
    fc.assert(
      fc.property(fc.array(tip, { maxLength: 10 }), partText, (tips, text) => {
        const out = tipSuggestions(tips, text);
        expect(out.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        expect(new Set(out.map((s) => s.id)).size).toBe(out.length);
        for (const s of out) {
          const id = s.id.replace(/^tip-/, "");
          expect(tips.some((t) => t.tipId === id && t.status !== "dropped")).toBe(true);
          expect(alreadySays(text, s.text)).toBe(false);
        }
      }),
    );
  });
});

describe("adding a line", () => {
  it("keeps what was written and puts the line last, so it is said afterwards", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (text, line) => {
          const next = withLine(text, line);
          expect(next.endsWith(line)).toBe(true);
          expect(next.startsWith(text.replace(/\s+$/, ""))).toBe(true);
          if (line.trim()) expect(alreadySays(next, line)).toBe(true);
        },
      ),
    );
  });
});
