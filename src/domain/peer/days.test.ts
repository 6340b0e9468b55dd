import { describe, expect, it } from "vitest";
import { formatDay, formatShortDay, isoDay } from "./days";

describe("calendar days as the peer and supervision screens show them", () => {
  it("writes a plain day out in full, in UK order, without a comma after the weekday", () => {
    expect(formatDay("2026-11-16")).toBe("Monday 16 November 2026");
  });

  it("keeps a plain day on its own calendar day, whatever the time zone", () => {
    // A plain day is local midnight; read as UTC it could show the day before.
    expect(formatShortDay("2026-11-01")).toBe("1 Nov 2026");
    expect(isoDay(new Date(2026, 10, 1))).toBe("2026-11-01");
  });

  it("shows what it was given when the day cannot be read", () => {
    expect(formatDay("not a day")).toBe("not a day");
    expect(formatShortDay("")).toBe("");
  });
});
