import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { makeCheckIn } from "../../testing/records";
import { scoreCheckIn } from "../scoring/score";
import {
  HELP_WITH_MAX,
  SHARED_SELF_CHECK_MAX,
  parseSharedSelfCheck,
  selfCheckSummaryText,
} from "./self-check";

const scored = makeCheckIn({
  createdAt: "2026-11-02T09:00:00.000Z",
  result: {
    ...scoreCheckIn(pack, {}),
    status: "scored",
    stageId: "strained",
    stageIndex: 2,
    patternIds: ["on-edge"],
  },
  note: "A private note that is never shared.",
});

describe("a person's own shareable summary", () => {
  it("has only the lines the person chose", () => {
    const text = selfCheckSummaryText(pack, scored, {
      stage: true,
      pattern: false,
      helpWith: "  Fewer late visits  ",
    });
    expect(text).toContain("My wellbeing self-check, Monday 2 November 2026");
    expect(text).toContain("Where I am: Worn down (stage 3 of 4, from Steady to Struggling).");
    expect(text).toContain("What I'd like help with: Fewer late visits");
    expect(text).not.toContain("How stress shows up");
    expect(text).not.toContain("private note");
    expect(text).toContain("not a diagnosis");
  });

  it("names the pattern in the pack's words", () => {
    const text = selfCheckSummaryText(pack, scored, { stage: false, pattern: true });
    const label = pack.patterns.find((pattern) => pattern.id === "on-edge")?.label;
    expect(text).toContain(`How stress shows up for me: ${label}.`);
    expect(text).not.toContain("Where I am");
  });

  it("says so kindly when there were not enough answers for a stage", () => {
    const text = selfCheckSummaryText(pack, makeCheckIn(), { stage: true, pattern: true });
    expect(text).toContain("I did not answer enough questions for a result this time.");
  });

  it("always fits what a manager's app will accept", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.string({ maxLength: 3000 }),
        (stage, pattern, help) => {
          const text = selfCheckSummaryText(pack, scored, { stage, pattern, helpWith: help });
          expect(text.length).toBeLessThanOrEqual(SHARED_SELF_CHECK_MAX);
        },
      ),
      { numRuns: 200 },
    );
    const long = selfCheckSummaryText(pack, scored, {
      stage: false,
      pattern: false,
      helpWith: "x".repeat(5000),
    });
    expect(long).toContain("x".repeat(HELP_WITH_MAX));
    expect(long).not.toContain("x".repeat(HELP_WITH_MAX + 1));
  });
});

describe("attaching a shared summary", () => {
  it("accepts the app's own summary and gets the same text back", () => {
    const text = selfCheckSummaryText(pack, scored, {
      stage: true,
      pattern: true,
      helpWith: "Sleep",
    });
    expect(parseSharedSelfCheck(text)).toEqual({ ok: true, text });
  });

  it("tidies line endings, a byte-order mark and blank space around the text", () => {
    expect(parseSharedSelfCheck("\uFEFF  Line one\r\nLine two\r\n")).toEqual({
      ok: true,
      text: "Line one\nLine two",
    });
  });

  it("refuses empty, too-long and non-plain text, with a kind message", () => {
    const problem = (text: string) => {
      const result = parseSharedSelfCheck(text);
      return result.ok ? null : result.problem;
    };
    expect(problem("   \n ")).toBe("empty");
    expect(problem("x".repeat(SHARED_SELF_CHECK_MAX + 1))).toBe("too-long");
    expect(problem("x".repeat(SHARED_SELF_CHECK_MAX))).toBeNull();
    expect(problem("<p>Where I am</p>")).toBe("not-plain-text");
    expect(problem("%PDF-1.7\u0000\u0001binary")).toBe("not-plain-text");
    expect(problem("Opened with the wrong encoding \uFFFD")).toBe("not-plain-text");
    expect(problem("<!-- hidden -->Hello")).toBe("not-plain-text");
    expect(problem('Hi <a href="https://example.org">there</a>')).toBe("not-plain-text");
    expect(problem("I <3 my team, and 2 < 3 > 1")).toBeNull();
    const refused = parseSharedSelfCheck("");
    expect(refused.ok ? "" : refused.message).toMatch(/nothing to attach/);
  });

  it("never accepts text longer than a stored record allows", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2500 }), (text) => {
        const result = parseSharedSelfCheck(text);
        if (result.ok) expect(result.text.length).toBeLessThanOrEqual(SHARED_SELF_CHECK_MAX);
      }),
      { numRuns: 200 },
    );
  });
});
