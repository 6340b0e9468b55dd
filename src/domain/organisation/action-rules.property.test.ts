// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_STATUSES } from "./limits";
import {
  actionsInOrder,
  isClosed,
  progressNewestFirst,
  reviewState,
  suggestedReviewOn,
} from "./action-rules";

const day = fc
  .date({
    min: new Date("2001-01-01T00:00:00Z"),
    max: new Date("2190-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const action = fc.record({
  status: fc.constantFrom(...ACTION_STATUSES),
  reviewOn: fc.option(day, { nil: null }),
});

describe("action rules, for any actions and days", () => {
  it("keep every action when ordering, with no done or stopped action before an open one", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), day, (actions, today) => {
        const ordered = actionsInOrder(actions, today);
        expect(ordered).toHaveLength(actions.length);
        expect(new Set(ordered)).toEqual(new Set(actions));
        const firstClosed = ordered.findIndex(isClosed);
        if (firstClosed >= 0) expect(ordered.slice(firstClosed).every(isClosed)).toBe(true);
      }),
    );
  });

  it("list every due action before any action that is not due", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), day, (actions, today) => {
        const states = actionsInOrder(actions, today).map((item) => reviewState(item, today));
        const lastDue = states.lastIndexOf("due");
        expect(states.slice(0, lastDue + 1).every((state) => state === "due")).toBe(true);
      }),
    );
  });

  it("call an open action due exactly when its review day is today or earlier", () => {
    fc.assert(
      fc.property(action, day, (item, today) => {
        const state = reviewState(item, today);
        if (!isClosed(item) && item.reviewOn !== null) {
          expect(state === "due").toBe(item.reviewOn <= today);
        }
      }),
    );
  });

  it("order progress so each note is no older than the one after it", () => {
    const update = fc.record({ on: day });
    fc.assert(
      fc.property(fc.array(update, { maxLength: 15 }), (updates) => {
        const ordered = progressNewestFirst(updates);
        expect(ordered).toHaveLength(updates.length);
        for (let i = 1; i < ordered.length; i += 1) {
          expect(ordered[i - 1]!.on >= ordered[i]!.on).toBe(true);
        }
      }),
    );
  });

  it("suggest a review after the start, within about three months", () => {
    fc.assert(
      fc.property(day, (start) => {
        const review = suggestedReviewOn(start);
        expect(review > start).toBe(true);
        const days = (Date.parse(review) - Date.parse(start)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(88);
        expect(days).toBeLessThanOrEqual(92);
      }),
    );
  });
});
