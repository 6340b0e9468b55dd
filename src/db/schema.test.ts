// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { openAtVersion, resetDb } from "../testing/db";
import {
  makeOrgAction,
  makePledge,
  makePlanAction,
  makePracticeStory,
  makeTeamReflection,
  makeWellbeingPlan,
} from "../testing/records";
import { getDb } from "./database";
import { LATEST_VERSION, SCHEMA_HISTORY } from "./schema";
import { SCHEMA_NOTES } from "./schema-notes";

describe("schema history", () => {
  // One snapshot per version, written the first time a version is seen. If one fails,
  // a shipped version was edited: add a new version instead.
  it.each(SCHEMA_HISTORY.map((entry) => [entry.version, entry.stores] as const))(
    "is append-only: version %i keeps exactly the indexes it shipped with",
    (_version, stores) => {
      expect(stores).toMatchSnapshot();
    },
  );

  it("version 2 (my wellbeing plan) adds one table and keeps every version 1 index", () => {
    const [first, second] = SCHEMA_HISTORY;
    expect(second).toMatchObject({
      version: 2,
      stores: { ...first!.stores, wellbeingPlans: "id, createdAt, updatedAt" },
    });
    expect(Object.keys(second!.stores)).toHaveLength(Object.keys(first!.stores).length + 1);
  });

  it("version 3 (for teams and organisations) adds four tables and keeps every version 2 index", () => {
    const second = SCHEMA_HISTORY[1]!;
    const third = SCHEMA_HISTORY[2]!;
    const dated = "id, createdAt, updatedAt";
    expect(third).toMatchObject({
      version: 3,
      stores: {
        ...second.stores,
        teamReflections: dated,
        pledges: dated,
        orgActions: dated,
        practiceStories: dated,
      },
    });
    expect(Object.keys(third.stores)).toHaveLength(Object.keys(second.stores).length + 4);
  });

  it("numbers versions in order, each with a date and a reason", () => {
    SCHEMA_HISTORY.forEach((entry, index) => {
      expect(entry.version).toBe(index + 1);
      const note = SCHEMA_NOTES[entry.version];
      expect(note?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(note?.why.length).toBeGreaterThan(10);
    });
    expect(LATEST_VERSION).toBe(SCHEMA_HISTORY.length);
  });

  it("never indexes personal text, only ids and dates", () => {
    for (const entry of SCHEMA_HISTORY) {
      for (const indexes of Object.values(entry.stores)) {
        for (const index of (indexes ?? "").split(",").map((s) => s.trim())) {
          expect(index).toMatch(/^(id|key|createdAt|updatedAt|followUpOn)$/);
        }
      }
    }
  });
});

describe("upgrades", () => {
  beforeEach(resetDb);

  it("a database written by version 1 opens with the current code and keeps every record", async () => {
    const old = await openAtVersion(1);
    await old.table("checkIns").put({
      id: "c1",
      createdAt: "2026-11-01T09:00:00.000Z",
      updatedAt: "2026-11-01T09:00:00.000Z",
      note: "kept",
    });
    await old.table("settings").put({ key: "reminder", value: "weekly" });
    old.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.checkIns.get("c1")).toMatchObject({ note: "kept" });
    expect(await db.settings.get("reminder")).toEqual({ key: "reminder", value: "weekly" });
  });

  it("a version 1 database gains an empty plan table that takes a plan, and loses nothing", async () => {
    const old = await openAtVersion(1);
    expect(old.tables.map((table) => table.name)).not.toContain("wellbeingPlans");
    await old.table("planActions").put(makePlanAction({ id: "tip-kept" }));
    await old.table("meta").put({ key: "welcomeSeen", value: true });
    old.close();

    const db = getDb();
    await db.open();
    expect(await db.wellbeingPlans.count()).toBe(0);
    expect(await db.planActions.get("tip-kept")).toEqual(makePlanAction({ id: "tip-kept" }));
    expect(await db.meta.get("welcomeSeen")).toEqual({ key: "welcomeSeen", value: true });
    await db.wellbeingPlans.put(makeWellbeingPlan());
    expect(await db.wellbeingPlans.get("my-plan")).toEqual(makeWellbeingPlan());
  });

  it("a version 2 database gains the four organisation tables, empty and working, and keeps its plan", async () => {
    const old = await openAtVersion(2);
    const names = old.tables.map((table) => table.name);
    for (const name of ["teamReflections", "pledges", "orgActions", "practiceStories"]) {
      expect(names).not.toContain(name);
    }
    await old.table("wellbeingPlans").put(makeWellbeingPlan());
    await old.table("checkIns").put({ id: "c2", createdAt: "2026-12-01T09:00:00.000Z" });
    old.close();

    const db = getDb();
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.wellbeingPlans.get("my-plan")).toEqual(makeWellbeingPlan());
    expect(await db.checkIns.get("c2")).toMatchObject({ createdAt: "2026-12-01T09:00:00.000Z" });
    expect(await db.teamReflections.count()).toBe(0);
    await db.teamReflections.put(makeTeamReflection());
    await db.pledges.put(makePledge());
    await db.orgActions.put(makeOrgAction());
    await db.practiceStories.put(makePracticeStory());
    expect(await db.teamReflections.get("reflection-1")).toEqual(makeTeamReflection());
    expect(await db.pledges.get("pledge-1")).toEqual(makePledge());
    expect(await db.orgActions.get("action-1")).toEqual(makeOrgAction());
    expect(await db.practiceStories.get("story-1")).toEqual(makePracticeStory());
  });
});
