import { describe, expect, it } from "vitest";
import {
  actionCountNudge,
  actionDatesProblem,
  actionsInOrder,
  progressNewestFirst,
  reviewState,
  suggestedReviewOn,
} from "./action-rules";

const today = "2027-03-10";

describe("an action's review state", () => {
  it("is due on the review day and every day after", () => {
    expect(reviewState({ status: "in-progress", reviewOn: "2027-03-10" }, today)).toBe("due");
    expect(reviewState({ status: "not-started", reviewOn: "2026-12-01" }, today)).toBe("due");
  });

  it("is soon in the two weeks before, later after that", () => {
    expect(reviewState({ status: "in-progress", reviewOn: "2027-03-24" }, today)).toBe("soon");
    expect(reviewState({ status: "in-progress", reviewOn: "2027-03-25" }, today)).toBe("later");
  });

  it("is never due once the action is done, or without a real review day", () => {
    expect(reviewState({ status: "done", reviewOn: "2027-01-01" }, today)).toBe("none");
    expect(reviewState({ status: "not-started", reviewOn: null }, today)).toBe("none");
    expect(reviewState({ status: "not-started", reviewOn: "0002-01-01" }, today)).toBe("none");
  });
});

describe("the list of actions", () => {
  it("puts those due first, then the soonest review, and finished ones last", () => {
    const actions = [
      { id: "done", status: "done" as const, reviewOn: "2027-01-01" },
      { id: "later", status: "not-started" as const, reviewOn: "2027-09-01" },
      { id: "due", status: "in-progress" as const, reviewOn: "2027-03-01" },
      { id: "soon", status: "not-started" as const, reviewOn: "2027-03-20" },
      { id: "none", status: "stopped" as const, reviewOn: null },
    ];
    expect(actionsInOrder(actions, today).map((action) => action.id)).toEqual([
      "due",
      "soon",
      "later",
      "none",
      "done",
    ]);
  });
});

describe("progress updates", () => {
  it("are listed newest first, by day and then by when they were added", () => {
    const updates = [
      { id: "a", on: "2027-02-01" },
      { id: "c", on: "2027-03-01" },
      { id: "b", on: "2027-03-01" },
    ];
    expect(progressNewestFirst(updates).map((update) => update.id)).toEqual(["b", "c", "a"]);
  });
});

describe("dates for an action", () => {
  it("suggests a first review three months after the start, keeping the day where it can", () => {
    expect(suggestedReviewOn("2027-01-15")).toBe("2027-04-15");
    expect(suggestedReviewOn("2026-11-30")).toBe("2027-02-28");
    expect(suggestedReviewOn("2027-08-31")).toBe("2027-11-30");
  });

  it("refuses a review before the start, or a day that is not whole", () => {
    expect(actionDatesProblem("2027-01-01", "2027-04-01")).toBeNull();
    expect(actionDatesProblem("2027-01-01", "2027-01-01")).toBeNull();
    expect(actionDatesProblem("2027-04-01", "2027-01-01")).toMatch(/on or after the start/);
    expect(actionDatesProblem("", "2027-01-01")).toMatch(/start date/);
    expect(actionDatesProblem("2027-01-01", "2027-02-30")).toMatch(/review date/);
  });
});

describe("the nudge towards two key actions", () => {
  it("speaks until there are two, and never scolds for more", () => {
    expect(actionCountNudge(0)).toMatch(/two key actions/);
    expect(actionCountNudge(1)).toMatch(/one key action/);
    expect(actionCountNudge(2)).toBeNull();
    expect(actionCountNudge(5)).toBeNull();
  });
});
