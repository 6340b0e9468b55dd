import { describe, expect, it } from "vitest";
import { makePeerCheckIn } from "../../testing/records";
import { PEER_LIMITS, PeerCheckInSchema } from "../records";

function issuesOf(value: unknown): string[] {
  const result = PeerCheckInSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("the peer check-in record", () => {
  it("the test factory makes a valid record, with and without notes", () => {
    expect(issuesOf(makePeerCheckIn())).toEqual([]);
    const actionsOnly = makePeerCheckIn({
      consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
    });
    expect(issuesOf(actionsOnly)).toEqual([]);
    expect(actionsOnly.notes).toBeUndefined();
  });

  it("cannot be stored without consent", () => {
    const { consent: _consent, ...noConsent } = makePeerCheckIn();
    expect(issuesOf(noConsent)).toContain("consent");
    expect(issuesOf({ ...makePeerCheckIn(), consent: { given: false } })).not.toEqual([]);
  });

  it("keeps no notes of any kind when the colleague chose actions only", () => {
    const consent = {
      given: true as const,
      notes: "actions-only" as const,
      at: "2026-11-02T14:00:00.000Z",
    };
    const record = makePeerCheckIn({
      consent,
      notes: "private",
      signsNote: "tearful",
      attachedSummary: "My self-check",
      followUps: [{ id: "f1", at: "2026-11-16T10:00:00.000Z", notes: "more private" }],
    });
    expect(issuesOf(record).sort()).toEqual(
      ["attachedSummary", "followUps.0.notes", "notes", "signsNote"].sort(),
    );
  });

  it("allows a follow-up outcome without notes when only actions are kept", () => {
    const record = makePeerCheckIn({
      consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
      followUps: [{ id: "f1", at: "2026-11-16T10:00:00.000Z", outcome: "Rota changed." }],
    });
    expect(issuesOf(record)).toEqual([]);
  });

  it("refuses text longer than its limit, as an imported backup might carry", () => {
    const long = (n: number) => "x".repeat(n + 1);
    expect(issuesOf(makePeerCheckIn({ colleague: long(PEER_LIMITS.colleague) }))).toEqual([
      "colleague",
    ]);
    expect(issuesOf(makePeerCheckIn({ notes: long(PEER_LIMITS.notes) }))).toEqual(["notes"]);
    expect(
      issuesOf(makePeerCheckIn({ attachedSummary: long(PEER_LIMITS.attachedSummary) })),
    ).toEqual(["attachedSummary"]);
  });

  it("refuses unknown fields, a blank label and a follow-up date that is not a day", () => {
    expect(issuesOf({ ...makePeerCheckIn(), fullName: "Ann Brown" })).not.toEqual([]);
    expect(issuesOf(makePeerCheckIn({ colleague: "   " }))).toEqual(["colleague"]);
    expect(issuesOf(makePeerCheckIn({ followUpOn: "16/11/2026" }))).toEqual(["followUpOn"]);
  });

  it("records the colleague's own view as a stage or as rather not say", () => {
    expect(issuesOf(makePeerCheckIn({ colleagueView: { kind: "rather-not-say" } }))).toEqual([]);
    expect(issuesOf(makePeerCheckIn({ colleagueView: undefined }))).toEqual([]);
    expect(
      issuesOf({ ...makePeerCheckIn(), colleagueView: { kind: "stage", stageId: "steady" } }),
    ).toEqual(["colleagueView.stageIndex"]);
  });
});
