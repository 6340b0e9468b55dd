// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { incidentCheckAfter, incidentDates, nextIncidentCheck } from "./incident";
import { newPeerCheckIn } from "./record";

const day = fc
  .date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2035-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("after-incident catch-ups", () => {
  it("fall about 72 hours and about a month after the incident day", () => {
    expect(incidentDates("2026-11-19")).toEqual({ first: "2026-11-22", later: "2026-12-19" });
    // Across a month and a year end.
    expect(incidentDates("2026-12-30")).toEqual({ first: "2027-01-02", later: "2027-01-29" });
  });

  it("wait for the 72-hour catch-up first, then the month, then none", () => {
    const incident = { type: "death" as const, on: "2026-11-19" };
    expect(incidentCheckAfter(incident, 0)).toEqual({ which: "first", on: "2026-11-22" });
    expect(incidentCheckAfter(incident, 1)).toEqual({ which: "later", on: "2026-12-19" });
    expect(incidentCheckAfter(incident, 2)).toBeNull();
    expect(incidentCheckAfter(undefined, 0)).toBeNull();
    expect(nextIncidentCheck({ incident, followUps: [] })?.which).toBe("first");
  });

  it("a new after-incident check-in keeps only the kind and day, and is due at 72 hours", () => {
    const peer = newPeerCheckIn(
      {
        id: "p1",
        colleague: "TK",
        heldOn: "2026-11-20",
        notes: "keep-notes",
        incident: { type: "assault", on: "2026-11-19" },
      },
      defaultPack,
      new Date("2026-11-20T10:00:00Z"),
    );
    expect(peer.incident).toEqual({ type: "assault", on: "2026-11-19" });
    expect(peer.followUpOn).toBe("2026-11-22");
  });

  it("always puts the first catch-up before the later one, both after the incident", () => {
    fc.assert(
      fc.property(day, (on) => {
        const { first, later } = incidentDates(on);
        expect(on < first).toBe(true);
        expect(first < later).toBe(true);
      }),
    );
  });
});
