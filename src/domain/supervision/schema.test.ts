import { describe, expect, it } from "vitest";
import { makeSupervisionPrep } from "../../testing/records";
import { PREP_LIMITS, SupervisionPrepSchema } from "../records";

function issuesOf(value: unknown): string[] {
  const result = SupervisionPrepSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("the supervision prep record", () => {
  it("the test factory makes a valid record for either role", () => {
    expect(issuesOf(makeSupervisionPrep())).toEqual([]);
    expect(issuesOf(makeSupervisionPrep({ role: "supervising" }))).toEqual([]);
  });

  it("preparing to supervise someone needs their label", () => {
    const prep = { ...makeSupervisionPrep({ role: "supervising" }), colleague: undefined };
    expect(issuesOf(prep)).toEqual(["colleague"]);
  });

  it("refuses a period that ends before it starts", () => {
    expect(
      issuesOf(makeSupervisionPrep({ period: { from: "2026-11-03", to: "2026-11-01" } })),
    ).toEqual(["period.to"]);
  });

  it("keeps the after-session outcomes and where each action goes", () => {
    const prep = makeSupervisionPrep({
      after: {
        outcomes: "Agreed fewer late visits.",
        actions: [
          { id: "a1", what: "Try the cyclic sigh", destination: "plan" },
          { id: "a2", what: "Check in with AB", destination: "peer-follow-up" },
        ],
        recordedAt: "2026-11-05T10:00:00.000Z",
      },
    });
    expect(issuesOf(prep)).toEqual([]);
    const wrong = {
      ...prep,
      after: { ...prep.after!, actions: [{ id: "a", what: "x", destination: "email" }] },
    };
    expect(issuesOf(wrong)).toEqual(["after.actions.0.destination"]);
  });

  it("refuses text and lists longer than their limits, and unknown fields", () => {
    expect(
      issuesOf(makeSupervisionPrep({ whatToBring: "x".repeat(PREP_LIMITS.whatToBring + 1) })),
    ).toEqual(["whatToBring"]);
    const agenda = Array.from({ length: PREP_LIMITS.agenda + 1 }, (_, i) => `Item ${i}`);
    expect(issuesOf(makeSupervisionPrep({ agenda }))).toEqual(["agenda"]);
    expect(issuesOf(makeSupervisionPrep({ agenda: [" "] }))).toEqual(["agenda.0"]);
    expect(issuesOf({ ...makeSupervisionPrep(), supervisorEmail: "x@example.org" })).not.toEqual(
      [],
    );
  });
});
