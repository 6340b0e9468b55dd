// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_PART_IDS } from "./parts";
import { planText, writtenParts } from "./plan-text";
import { isReviewDue } from "./review";
import {
  changedParts,
  isEmptyPlan,
  isWorthSaving,
  newestFirst,
  type PlanContent,
} from "./versions";

const content: fc.Arbitrary<PlanContent> = fc.record({
  parts: fc.record(
    Object.fromEntries(
      PLAN_PART_IDS.map((id) => [id, fc.constantFrom("", " ", "Walk", "Sleep early")]),
    ),
    { requiredKeys: [] },
  ),
  reviewOn: fc.option(fc.constantFrom("2027-01-01", "2027-06-01"), { nil: undefined }),
});

describe("saved versions", () => {
  it("a plan compared with itself has no changes, and a copy of it is not worth saving again", () => {
    fc.assert(
      fc.property(content, (plan) => {
        expect(changedParts(plan, plan)).toEqual([]);
        expect(isWorthSaving(plan, plan)).toBe(false);
        expect(isWorthSaving(plan, null)).toBe(!isEmptyPlan(plan));
      }),
    );
  });

  it("any change of words or review date makes a new copy worth saving", () => {
    fc.assert(
      fc.property(content, content, (before, after) => {
        const differs =
          changedParts(before, after).length > 0 ||
          (before.reviewOn ?? "") !== (after.reviewOn ?? "");
        expect(isWorthSaving(after, before)).toBe(differs && !isEmptyPlan(after));
      }),
    );
  });

  it("blank and missing parts count as the same", () => {
    expect(changedParts({ parts: { keepsMeWell: "  " } }, { parts: {} })).toEqual([]);
    expect(changedParts({ parts: { keepsMeWell: "Walk" } }, { parts: {} })).toEqual([
      "keepsMeWell",
    ]);
  });

  it("lists versions newest first", () => {
    const list = [
      { id: "a", createdAt: "2026-01-01T00:00:00.000Z" },
      { id: "c", createdAt: "2026-03-01T00:00:00.000Z" },
      { id: "b", createdAt: "2026-02-01T00:00:00.000Z" },
    ];
    expect(newestFirst(list).map((v) => v.id)).toEqual(["c", "b", "a"]);
  });
});

describe("the plan as text to share", () => {
  it("holds only the chosen parts that have words, each under its heading", () => {
    const plan = { parts: { keepsMeWell: "A walk", signsINotice: "I skip lunch", ifUnwell: " " } };
    const text = planText(plan, new Set(["signsINotice", "ifUnwell"]), (part) => `H:${part}`);
    expect(text).toBe("My wellbeing plan\n\nH:signsINotice\nI skip lunch");
    expect(text).not.toContain("A walk");
    expect(writtenParts(plan)).toEqual(["keepsMeWell", "signsINotice"]);
  });
});

describe("the review date", () => {
  it("is due on the day and after, never before or when none is set", () => {
    expect(isReviewDue("2027-01-10", "2027-01-09")).toBe(false);
    expect(isReviewDue("2027-01-10", "2027-01-10")).toBe(true);
    expect(isReviewDue("2027-01-10", "2027-02-01")).toBe(true);
    expect(isReviewDue(undefined, "2027-02-01")).toBe(false);
  });
});

describe("the review day in a calendar", () => {
  it("is one all-day event with a neutral title, ending the next day even at a month's end", async () => {
    const { reviewEvent } = await import("./calendar");
    const file = reviewEvent("2027-01-31");
    expect(file.ok).toBe(true);
    const ics = file.ok ? file.ics : "";
    expect(ics).toContain("SUMMARY:Look over my plan");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270131");
    expect(ics).toContain("DTEND;VALUE=DATE:20270201");
    expect(reviewEvent("not a day").ok).toBe(false);
  });
});
