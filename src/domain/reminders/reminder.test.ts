import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { reminderCalendarFile } from "./calendar";
import { isCheckInDue, latestOccurrence, type Reminder } from "./reminder";
import { ReminderSchema } from "./schema";

const weekly: Reminder = {
  rhythm: "weekly",
  time: "18:30",
  startOn: "2026-11-02",
  title: "Check in with yourself",
};

describe("when a check-in is due", () => {
  it("is not due before the first reminder time", () => {
    expect(isCheckInDue(weekly, null, new Date(2026, 10, 2, 18, 0))).toBe(false);
  });

  it("is due once a reminder time passes with no check-in since", () => {
    expect(isCheckInDue(weekly, null, new Date(2026, 10, 2, 18, 31))).toBe(true);
    const before = new Date(2026, 10, 9, 12, 0).toISOString();
    expect(isCheckInDue(weekly, before, new Date(2026, 10, 9, 19, 0))).toBe(true);
  });

  it("is no longer due after a check-in", () => {
    const after = new Date(2026, 10, 9, 18, 45).toISOString();
    expect(isCheckInDue(weekly, after, new Date(2026, 10, 10, 9, 0))).toBe(false);
  });

  it("is never due without a reminder", () => {
    expect(isCheckInDue(null, null, new Date())).toBe(false);
  });

  it("finds the latest fortnightly time, skipping the weeks between", () => {
    const fortnightly = { ...weekly, rhythm: "fortnightly" as const };
    expect(latestOccurrence(fortnightly, new Date(2026, 10, 22, 9, 0))).toEqual(
      new Date(2026, 10, 16, 18, 30),
    );
  });

  it("the latest reminder time is never in the future and never before the first", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("daily", "weekly", "fortnightly"),
        fc.date({ min: new Date(2026, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        (rhythm, now) => {
          const latest = latestOccurrence({ ...weekly, rhythm, startOn: "2026-03-01" }, now);
          return latest === null || (latest <= now && latest >= new Date(2026, 2, 1, 18, 30));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("reminder settings", () => {
  it("refuses a time that is not a time of day", () => {
    expect(ReminderSchema.safeParse({ ...weekly, time: "25:00" }).success).toBe(false);
  });

  it("refuses an empty title", () => {
    expect(ReminderSchema.safeParse({ ...weekly, title: "  " }).success).toBe(false);
  });
});

describe("the reminder calendar file", () => {
  for (const [rhythm, freq, interval] of [
    ["daily", "DAILY", 1],
    ["weekly", "WEEKLY", 1],
    ["fortnightly", "WEEKLY", 2],
  ] as const) {
    it(`repeats ${rhythm} at the chosen time, with the chosen title`, () => {
      const result = reminderCalendarFile({ ...weekly, rhythm }, "reminder-1");
      if (!result.ok) throw new Error(result.message);
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(result.ics)).getFirstSubcomponent("vevent")!,
      );
      expect(event.summary).toBe("Check in with yourself");
      expect(event.startDate.toString()).toBe("2026-11-02T18:30:00");
      const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur;
      expect(rule.freq).toBe(freq);
      expect(rule.interval).toBe(interval);
      const next = event.iterator();
      next.next();
      expect(next.next()?.toString()).toBe(
        rhythm === "daily"
          ? "2026-11-03T18:30:00"
          : rhythm === "weekly"
            ? "2026-11-09T18:30:00"
            : "2026-11-16T18:30:00",
      );
    });
  }
});
