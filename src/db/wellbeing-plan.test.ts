// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../testing/db";
import { forgetLock, turnOnLock } from "./lock";
import { openAtVersion } from "../testing/db";
import { LATEST_VERSION } from "./schema";
import { listPlanVersions, readWellbeingPlan } from "./wellbeing-plan-reads";
import { savePlanPart, savePlanVersion, setPlanReviewDate } from "./wellbeing-plan";

const DAY1 = new Date("2026-12-01T10:00:00.000Z");
const DAY2 = new Date("2026-12-02T10:00:00.000Z");

describe("my wellbeing plan on the device", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("is made by the first word typed, and keeps each part as written", async () => {
    expect(await readWellbeingPlan()).toBeNull();
    await savePlanPart("keepsMeWell", "A walk at lunch", DAY1);
    await savePlanPart("signsINotice", "I skip meals", DAY2);
    expect(await readWellbeingPlan()).toEqual({
      id: "my-plan",
      kind: "current",
      createdAt: DAY1.toISOString(),
      updatedAt: DAY2.toISOString(),
      parts: { keepsMeWell: "A walk at lunch", signsINotice: "I skip meals" },
    });
    await savePlanPart("keepsMeWell", "  ", DAY2);
    expect((await readWellbeingPlan())?.parts).toEqual({ signsINotice: "I skip meals" });
  });

  it("sets and clears the review date", async () => {
    await setPlanReviewDate("2027-06-01", DAY1);
    expect((await readWellbeingPlan())?.reviewOn).toBe("2027-06-01");
    await setPlanReviewDate(null, DAY2);
    expect(await readWellbeingPlan()).not.toHaveProperty("reviewOn");
  });

  it("keeps a copy only when the plan changed since the last copy, and the plan itself stays", async () => {
    expect(await savePlanVersion(DAY1)).toBe(false);
    await savePlanPart("keepsMeWell", "A walk", DAY1);
    expect(await savePlanVersion(DAY1)).toBe(true);
    expect(await savePlanVersion(DAY1)).toBe(false);
    await savePlanPart("keepsMeWell", "A walk and a swim", DAY2);
    expect(await savePlanVersion(DAY2)).toBe(true);
    const versions = await listPlanVersions();
    expect(versions.map((v) => v.parts.keepsMeWell)).toEqual(["A walk and a swim", "A walk"]);
    expect(versions.every((v) => v.kind === "version" && v.id !== "my-plan")).toBe(true);
    expect((await readWellbeingPlan())?.parts.keepsMeWell).toBe("A walk and a swim");
  });

  it("is sealed while the lock is on, and still reads back for the app", async () => {
    await turnOnLock("kettle by the window", 1_000);
    await savePlanPart("ifUnwell", "Call my sister Jo", DAY1);
    await savePlanVersion(DAY1);
    const raw = await openAtVersion(LATEST_VERSION);
    const rows = JSON.stringify(await raw.table("wellbeingPlans").toArray());
    raw.close();
    expect(rows).not.toContain("Call my sister Jo");
    expect(rows).toContain('"sealed"');
    expect((await readWellbeingPlan())?.parts.ifUnwell).toBe("Call my sister Jo");
  });
});
