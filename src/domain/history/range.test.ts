import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RANGE_PRESETS, isWithin, rangeFor } from "./range";

const now = new Date(2026, 10, 23, 15, 30); // 23 Nov 2026, local time

describe("history date ranges", () => {
  it("counts the last 4 weeks back to the start of that day", () => {
    const bounds = rangeFor("4-weeks", now);
    expect(bounds.to).toBeUndefined();
    expect(new Date(bounds.from ?? "")).toEqual(new Date(2026, 9, 26, 0, 0));
  });

  it("shows everything with no bounds at all", () => {
    expect(rangeFor("all", now)).toEqual({});
  });

  it("includes the whole of the chosen end day", () => {
    const bounds = rangeFor("custom", now, { from: "2026-11-01", to: "2026-11-05" });
    expect(new Date(bounds.from ?? "")).toEqual(new Date(2026, 10, 1));
    expect(isWithin(new Date(2026, 10, 5, 23, 59).toISOString(), bounds)).toBe(true);
    expect(isWithin(new Date(2026, 10, 6, 0, 0).toISOString(), bounds)).toBe(false);
  });

  it("swaps a start date that comes after the end date", () => {
    expect(rangeFor("custom", now, { from: "2026-11-05", to: "2026-11-01" })).toEqual(
      rangeFor("custom", now, { from: "2026-11-01", to: "2026-11-05" }),
    );
  });

  it("ignores a date that is not real rather than hiding everything", () => {
    expect(rangeFor("custom", now, { from: "2026-02-31", to: "" })).toEqual({});
  });

  it("a longer preset never shows fewer check-ins than a shorter one", () => {
    const order = ["4-weeks", "3-months", "12-months", "all"] as const;
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2026, 10, 23), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          const inside = order.map((preset) => isWithin(iso, rangeFor(preset, now)));
          // once a check-in is inside a range, it stays inside every longer one
          const first = inside.indexOf(true);
          return first === -1 || inside.slice(first).every(Boolean);
        },
      ),
    );
  });

  it("every preset has bounds that are in order", () => {
    for (const preset of RANGE_PRESETS) {
      const { from, to } = rangeFor(preset, now, { from: "2026-01-01", to: "2026-03-01" });
      if (from && to) expect(from <= to).toBe(true);
    }
  });
});
