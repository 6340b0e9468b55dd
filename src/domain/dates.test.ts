// @vitest-environment node
import { addDays, isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDay, isoDay, parseDay } from "./dates";

const days = fc
  .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 30), noInvalidDate: true })
  .map(isoDay);

describe("plain days, written out by hand for Home", () => {
  it("read a day as local midnight, as date-fns does", () => {
    fc.assert(
      fc.property(days, (day) => {
        expect(parseDay(day)?.getTime()).toBe(parseISO(day).getTime());
        expect(isoDay(parseDay(day)!)).toBe(day);
      }),
    );
  });

  it("read a date-time as the moment it names", () => {
    expect(parseDay("2026-11-16T09:15:00.000Z")?.toISOString()).toBe("2026-11-16T09:15:00.000Z");
  });

  it("read a year before 100 as that year, as a file may hold one (not 1900 and after)", () => {
    expect(parseDay("0050-01-01")?.getFullYear()).toBe(50);
    expect(parseDay("0050-01-01")?.getTime()).toBe(parseISO("0050-01-01").getTime());
    expect(addDaysToDay("0050-12-30", 3)).toBe("51-01-02");
  });

  it("give null for text that is not a date", () => {
    for (const text of ["", "soon", "2026-13-45", "2026-02-30", "2026-11-16x"]) {
      expect(parseDay(text)).toBeNull();
      expect(isValid(parseISO(text))).toBe(false);
    }
  });

  it("add calendar days as date-fns does, across clock changes and month ends", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -400, max: 400 }), (day, n) => {
        expect(addDaysToDay(day, n)).toBe(isoDay(addDays(parseISO(day), n)));
      }),
    );
  });
});
