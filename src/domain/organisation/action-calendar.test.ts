import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { actionReviewEvent, actionReviewFileName } from "./action-calendar";

function parseEvent(text: string) {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no event in the file");
  return { event: new ICAL.Event(vevent), vevent };
}

const action = { id: "a1", title: "Set up a steering group", reviewOn: "2027-04-15" };

describe("the review calendar file for a key action", () => {
  it("is an all-day event on the review day that a calendar reads, named for the action", () => {
    const file = actionReviewEvent(action);
    if (!file.ok) throw new Error(file.message);
    const { event, vevent } = parseEvent(file.ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2027-04-15");
    expect(event.endDate.toString()).toBe("2027-04-16");
    expect(event.summary).toBe("Review key action: Set up a steering group");
    expect(vevent.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  });

  it("ends on the first of the next month or year when the review is on a last day", () => {
    const file = actionReviewEvent({ ...action, reviewOn: "2027-12-31" });
    if (!file.ok) throw new Error(file.message);
    expect(parseEvent(file.ics).event.endDate.toString()).toBe("2028-01-01");
  });

  it("gets a new event id when the review day moves", () => {
    const first = actionReviewEvent(action);
    const moved = actionReviewEvent({ ...action, reviewOn: "2027-05-01" });
    if (!first.ok || !moved.ok) throw new Error("no file");
    expect(parseEvent(first.ics).event.uid).not.toBe(parseEvent(moved.ics).event.uid);
  });

  it("is not made without a whole review day, and says why", () => {
    expect(actionReviewEvent({ ...action, reviewOn: null })).toEqual({
      ok: false,
      message: expect.stringMatching(/review date/),
    });
    expect(actionReviewEvent({ ...action, reviewOn: "2027-02-30" }).ok).toBe(false);
  });

  it("has a safe file name made from the title", () => {
    expect(actionReviewFileName(action)).toBe("set-up-a-steering-group-review.ics");
    expect(actionReviewFileName({ title: "***" })).toBe("key-action-review.ics");
  });
});
