import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decideReminderNotification,
  parseNotifyPlan,
  planFor,
  REMINDER_NOTIFICATION,
  type NotifyPlan,
} from "./notify";
import { firstOccurrence, latestOccurrence } from "./reminder";
import { ReminderSchema } from "./schema";

const daily: NotifyPlan = { rhythm: "daily", time: "18:00", startOn: "2026-11-23" };
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes);

describe("whether the service worker shows a reminder", () => {
  it("shows one once a reminder time has passed with no check-in since", () => {
    expect(decideReminderNotification(daily, null, at(23, 18, 5))).toEqual({
      show: true,
      occurrence: at(23, 18).toISOString(),
    });
  });

  it("shows nothing before the first reminder time", () => {
    expect(decideReminderNotification(daily, null, at(23, 17, 59))).toEqual({
      show: false,
      reason: "not-yet",
    });
  });

  it("shows nothing when notifications are off", () => {
    expect(decideReminderNotification(null, null, at(23, 19))).toMatchObject({ show: false });
  });

  it("shows nothing after a check-in since the reminder time", () => {
    const checkedIn = at(23, 18, 30).toISOString();
    expect(decideReminderNotification(daily, checkedIn, at(23, 20))).toEqual({
      show: false,
      reason: "checked-in",
    });
  });

  it("a check-in before the reminder time does not count for it", () => {
    const earlier = at(23, 9).toISOString();
    expect(decideReminderNotification(daily, earlier, at(23, 20))).toMatchObject({ show: true });
  });

  it("shows one reminder time only once", () => {
    const shown = { ...daily, lastShownFor: at(23, 18).toISOString() };
    expect(decideReminderNotification(shown, null, at(23, 23))).toEqual({
      show: false,
      reason: "already-shown",
    });
    // The next day's time is a new one.
    expect(decideReminderNotification(shown, null, at(24, 18, 1))).toMatchObject({ show: true });
  });

  it("lets a reminder time go once it is more than a day old", () => {
    const weekly: NotifyPlan = { ...daily, rhythm: "weekly" };
    expect(decideReminderNotification(weekly, null, at(24, 17, 59))).toMatchObject({
      show: true,
    });
    expect(decideReminderNotification(weekly, null, at(24, 18, 1))).toEqual({
      show: false,
      reason: "stale",
    });
  });

  it("the words on a lock screen say nothing about what the app is for", () => {
    const words = `${REMINDER_NOTIFICATION.title} ${REMINDER_NOTIFICATION.body}`.toLowerCase();
    for (const telling of ["wellbeing", "stress", "check", "trauma", "mood", "feel", "burnout"]) {
      expect(words).not.toContain(telling);
    }
  });
});

const plans = fc.record({
  rhythm: fc.constantFrom("daily" as const, "weekly" as const, "fortnightly" as const),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
  startOn: fc
    .date({ min: new Date(2026, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
});
const moments = fc.date({
  min: new Date(2025, 11, 1),
  max: new Date(2027, 6, 1),
  noInvalidDate: true,
});

describe("the reminder rule, for any rhythm, time and moment", () => {
  it("never shows one before the first reminder time", () => {
    fc.assert(
      fc.property(plans, moments, fc.option(moments), (plan, now, checkIn) => {
        const decision = decideReminderNotification(plan, checkIn?.toISOString() ?? null, now);
        return !decision.show || now >= firstOccurrence(plan);
      }),
      { numRuns: 500 },
    );
  });

  it("never shows one when there has been a check-in since the latest reminder time", () => {
    fc.assert(
      fc.property(plans, moments, fc.nat({ max: 30 * 24 * 60 }), (plan, now, minutesAfter) => {
        const latest = latestOccurrence(plan, now);
        fc.pre(latest !== null);
        const checkIn = new Date(Math.min(latest!.getTime() + minutesAfter * 60_000, +now));
        return !decideReminderNotification(plan, checkIn.toISOString(), now).show;
      }),
      { numRuns: 500 },
    );
  });

  it("never shows two for the same reminder time, however often the phone wakes the app", () => {
    fc.assert(
      fc.property(
        plans,
        moments,
        fc.array(fc.nat({ max: 40 * 60 }), { maxLength: 12 }),
        (start, first, gaps) => {
          let plan: NotifyPlan = start;
          let now = first;
          const shown: string[] = [];
          for (const gap of [0, ...gaps]) {
            now = new Date(now.getTime() + gap * 60_000);
            const decision = decideReminderNotification(plan, null, now);
            if (decision.show) {
              shown.push(decision.occurrence);
              plan = { ...plan, lastShownFor: decision.occurrence };
            }
          }
          return new Set(shown).size === shown.length;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("only ever shows the latest reminder time, and never one over a day old", () => {
    fc.assert(
      fc.property(plans, moments, (plan, now) => {
        const decision = decideReminderNotification(plan, null, now);
        if (!decision.show) return true;
        const occurrence = new Date(decision.occurrence);
        return (
          +occurrence === +latestOccurrence(plan, now)! && +now - +occurrence <= 24 * 60 * 60 * 1000
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("the stored plan", () => {
  it("reads back a plan, and refuses anything else", () => {
    expect(parseNotifyPlan({ ...daily, lastShownFor: "x" })).toEqual({
      ...daily,
      lastShownFor: "x",
    });
    expect(parseNotifyPlan(null)).toBeNull();
    expect(parseNotifyPlan({ ...daily, rhythm: "hourly" })).toBeNull();
    expect(parseNotifyPlan({ ...daily, rhythm: "toString" })).toBeNull();
    expect(parseNotifyPlan({ ...daily, time: "25:00" })).toBeNull();
    expect(parseNotifyPlan({ ...daily, startOn: 20261123 })).toBeNull();
  });

  it("accepts the same times and days as the reminder setting", () => {
    fc.assert(
      fc.property(
        plans,
        fc.string({ maxLength: 6 }),
        fc.string({ maxLength: 11 }),
        (plan, time, startOn) => {
          for (const candidate of [plan, { ...plan, time }, { ...plan, startOn }]) {
            const setting = ReminderSchema.safeParse({ ...candidate, title: "A title" }).success;
            if (setting && parseNotifyPlan(candidate) === null) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps what was shown while the time stays the same, and starts afresh when it changes", () => {
    const shown = { ...daily, lastShownFor: at(23, 18).toISOString() };
    expect(planFor(daily, shown)).toEqual(shown);
    expect(planFor({ ...daily, time: "19:00" }, shown)).toEqual({ ...daily, time: "19:00" });
    expect(planFor(daily, null)).toEqual(daily);
  });
});
