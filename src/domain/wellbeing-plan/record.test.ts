// @vitest-environment node
import { describe, expect, it } from "vitest";
import { makeWellbeingPlan } from "../../testing/records";
import { WellbeingPlanSchema } from "../records";

describe("a wellbeing plan record", () => {
  it("takes the plan being written and a kept copy", () => {
    expect(WellbeingPlanSchema.safeParse(makeWellbeingPlan()).success).toBe(true);
    const copy = makeWellbeingPlan({ id: "copy-1", kind: "version" });
    expect(WellbeingPlanSchema.safeParse(copy).success).toBe(true);
  });

  it("refuses a kept copy under the plan's own id, which would take the plan's place", () => {
    const row = makeWellbeingPlan({ kind: "version" });
    expect(WellbeingPlanSchema.safeParse(row).success).toBe(false);
  });

  it("refuses a plan being written under another id, which would be kept but never shown", () => {
    const row = makeWellbeingPlan({ id: "x", kind: "current" });
    expect(WellbeingPlanSchema.safeParse(row).success).toBe(false);
  });

  it("refuses a review day that is a typing slip, such as the year 0002", () => {
    expect(
      WellbeingPlanSchema.safeParse(makeWellbeingPlan({ reviewOn: "0002-06-01" })).success,
    ).toBe(false);
    expect(
      WellbeingPlanSchema.safeParse(makeWellbeingPlan({ reviewOn: "2199-12-31" })).success,
    ).toBe(true);
  });

  it("refuses a part the plan does not have", () => {
    const row = { ...makeWellbeingPlan(), parts: { somethingElse: "hi" } };
    expect(WellbeingPlanSchema.safeParse(row).success).toBe(false);
  });
});
