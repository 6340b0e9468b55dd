import { describe, expect, it } from "vitest";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../../testing/records";
import {
  checkInsInPeriod,
  defaultPrepPeriod,
  flaggedForSupervision,
  inPeriod,
  peerCheckInsWith,
} from "./period";

const today = new Date(2026, 10, 23, 9, 0);
const period = { from: "2026-11-01", to: "2026-11-23" };

describe("the default prep period", () => {
  it("runs from the end of the last prep to today", () => {
    const last = makeSupervisionPrep({ period: { from: "2026-10-01", to: "2026-11-02" } });
    expect(defaultPrepPeriod(last, today)).toEqual({ from: "2026-11-02", to: "2026-11-23" });
  });

  it("is the last four weeks when there is no earlier prep", () => {
    expect(defaultPrepPeriod(null, today)).toEqual({ from: "2026-10-26", to: "2026-11-23" });
  });

  it("is the last four weeks when the last prep already reaches today", () => {
    const last = makeSupervisionPrep({ period: { from: "2026-11-01", to: "2026-11-23" } });
    expect(defaultPrepPeriod(last, today)).toEqual({ from: "2026-10-26", to: "2026-11-23" });
  });
});

describe("what falls in a period", () => {
  it("includes both end days", () => {
    expect(inPeriod("2026-11-01", period)).toBe(true);
    expect(inPeriod("2026-11-23", period)).toBe(true);
    expect(inPeriod("2026-10-31", period)).toBe(false);
    expect(inPeriod(new Date(2026, 10, 23, 23, 30).toISOString(), period)).toBe(true);
  });

  it("lists check-ins in the period oldest first, and the flagged ones to bring", () => {
    const checkIns = [
      makeCheckIn({ id: "late", createdAt: "2026-11-20T09:00:00.000Z", bringToSupervision: true }),
      makeCheckIn({ id: "early", createdAt: "2026-11-05T09:00:00.000Z" }),
      makeCheckIn({
        id: "before",
        createdAt: "2026-10-20T09:00:00.000Z",
        bringToSupervision: true,
      }),
      makeCheckIn({
        id: "flagged",
        createdAt: "2026-11-10T09:00:00.000Z",
        bringToSupervision: true,
      }),
    ];
    expect(checkInsInPeriod(checkIns, period).map((c) => c.id)).toEqual([
      "early",
      "flagged",
      "late",
    ]);
    expect(flaggedForSupervision(checkIns, period).map((c) => c.id)).toEqual(["flagged", "late"]);
  });

  it("finds peer check-ins with a colleague however the label was typed", () => {
    const peers = [
      makePeerCheckIn({ id: "p1", colleague: "ab", heldOn: "2026-11-10" }),
      makePeerCheckIn({ id: "p2", colleague: "AB ", heldOn: "2026-11-03" }),
      makePeerCheckIn({ id: "other", colleague: "CD", heldOn: "2026-11-04" }),
      makePeerCheckIn({ id: "old", colleague: "AB", heldOn: "2026-10-04" }),
    ];
    expect(peerCheckInsWith(peers, "AB", period).map((p) => p.id)).toEqual(["p2", "p1"]);
  });
});
