import fc from "fast-check";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { makePeerCheckIn } from "../../testing/records";
import { FOLLOW_UP_STATUSES, followUpStatus, followUpsDue } from "./follow-up";

// Local times: follow-up days are read in the person's own time zone.
const on = (day: number, hour = 12) => new Date(2026, 10, day, hour);

describe("follow-up status", () => {
  const peer = makePeerCheckIn({ followUpOn: "2026-11-16" });

  it("is upcoming before the day, due on the day and overdue after it", () => {
    expect(followUpStatus(peer, on(15))).toBe("upcoming");
    expect(followUpStatus(peer, on(16, 0))).toBe("due");
    expect(followUpStatus(peer, on(16, 23))).toBe("due");
    expect(followUpStatus(peer, on(17))).toBe("overdue");
  });

  it("is none without a follow-up date, and closed once the loop is closed", () => {
    expect(followUpStatus(makePeerCheckIn({ followUpOn: undefined }), on(16))).toBe("none");
    const closed = { ...peer, closedAt: "2026-11-10T09:00:00.000Z" };
    expect(followUpStatus(closed, on(20))).toBe("closed");
  });

  it("only moves forward as the days pass: upcoming, then due, then overdue", () => {
    const rank = (status: string) => FOLLOW_UP_STATUSES.indexOf(status as never);
    const day = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(
        fc.option(day, { nil: undefined }),
        fc.boolean(),
        day,
        day,
        (followUp, closed, a, b) => {
          const start = new Date(2026, 0, 1, 12);
          const record = {
            followUpOn:
              followUp === undefined
                ? undefined
                : addDays(start, followUp).toISOString().slice(0, 10),
            closedAt: closed ? "2026-01-01T00:00:00.000Z" : undefined,
          };
          const [earlier, later] = a <= b ? [a, b] : [b, a];
          const before = followUpStatus(record, addDays(start, earlier));
          const after = followUpStatus(record, addDays(start, later));
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
          if (before === "none" || before === "closed") expect(after).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("follow-ups due", () => {
  it("lists due and overdue check-ins, the longest-waiting first, leaving out the rest", () => {
    const list = [
      makePeerCheckIn({ id: "today", followUpOn: "2026-11-16" }),
      makePeerCheckIn({ id: "later", followUpOn: "2026-11-20" }),
      makePeerCheckIn({ id: "overdue", followUpOn: "2026-11-09" }),
      makePeerCheckIn({ id: "none", followUpOn: undefined }),
      makePeerCheckIn({ id: "closed", followUpOn: "2026-11-01", closedAt: "2026-11-02T09:00:00Z" }),
    ];
    expect(followUpsDue(list, on(16)).map((peer) => peer.id)).toEqual(["overdue", "today"]);
  });

  it("orders check-ins due on the same day by when they were made", () => {
    const list = [
      makePeerCheckIn({ id: "b", createdAt: "2026-11-03T09:00:00.000Z", followUpOn: "2026-11-16" }),
      makePeerCheckIn({ id: "a", createdAt: "2026-11-02T09:00:00.000Z", followUpOn: "2026-11-16" }),
    ];
    expect(followUpsDue(list, on(16)).map((peer) => peer.id)).toEqual(["a", "b"]);
  });
});
