// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { REFLECTION_DRAFT_ID } from "../domain/organisation/reflection-draft";
import { OrgActionSchema, PledgeSchema, TeamReflectionSchema } from "../domain/organisation/schema";
import { openAtVersion, resetDb } from "../testing/db";
import { previewLines } from "../features/your-data/restore-words";
import { exportAllData, previewRestore } from "./backup";
import { forgetLock, turnOnLock } from "./lock";
import { addOrgAction, addProgress, changeOrgAction, listOrgActions } from "./org-actions";
import { listPledges, savePledge } from "./org-pledges";
import {
  changeReflectionDraft,
  listReflections,
  readReflectionDraft,
  saveReflection,
} from "./org-reflections";
import { addPracticeStory, listPracticeStories } from "./org-stories";
import { LATEST_VERSION } from "./schema";

const DAY1 = new Date("2026-12-01T10:00:00.000Z");
const DAY2 = new Date("2026-12-02T10:00:00.000Z");
const START = { heldOn: "2026-12-01", packId: "hcw-default", packVersion: "1.0.0" };

describe("team reflections on the device", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("are made by the first answer, keep each rating (the latest wins) and drop blank notes", async () => {
    expect(await readReflectionDraft()).toBeNull();
    const rate = (statementId: string, level: "starting" | "growing") =>
      changeReflectionDraft(
        { kind: "rate", principleId: "safety", statementId, level },
        START,
        DAY1,
      );
    await rate("safety-1", "starting");
    await rate("safety-2", "growing");
    await rate("safety-1", "growing");
    await changeReflectionDraft(
      { kind: "note", principleId: "safety", field: "note", text: "Quiet room" },
      START,
      DAY2,
    );
    await changeReflectionDraft(
      { kind: "details", team: "North team", ranBy: "lead" },
      START,
      DAY2,
    );
    const draft = await readReflectionDraft();
    expect(TeamReflectionSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      id: REFLECTION_DRAFT_ID,
      status: "draft",
      team: "North team",
      ranBy: "lead",
      createdAt: DAY1.toISOString(),
      updatedAt: DAY2.toISOString(),
      principles: [
        {
          principleId: "safety",
          note: "Quiet room",
          ratings: [
            { statementId: "safety-2", level: "growing" },
            { statementId: "safety-1", level: "growing" },
          ],
        },
      ],
    });
    await changeReflectionDraft(
      { kind: "note", principleId: "safety", field: "note", text: "  " },
      START,
      DAY2,
    );
    expect((await readReflectionDraft())?.principles[0]).not.toHaveProperty("note");
  });

  it("saving turns the draft into a saved reflection with its own id, listed newest first", async () => {
    await changeReflectionDraft(
      { kind: "rate", principleId: "trust", statementId: "trust-1", level: "starting" },
      { ...START, heldOn: "2026-11-01" },
      DAY1,
    );
    const first = await saveReflection(DAY1);
    await changeReflectionDraft(
      { kind: "rate", principleId: "trust", statementId: "trust-1", level: "growing" },
      START,
      DAY2,
    );
    const second = await saveReflection(DAY2);
    expect(await readReflectionDraft()).toBeNull();
    const saved = await listReflections();
    expect(saved.map((r) => r.id)).toEqual([second, first]);
    expect(saved.every((r) => r.status === "saved" && r.id !== REFLECTION_DRAFT_ID)).toBe(true);
    expect(await saveReflection(DAY2)).toBeNull();
  });

  it("a backup's preview names the one still being filled in apart from the saved ones", async () => {
    const rate = (level: "starting" | "growing", day: Date) =>
      changeReflectionDraft(
        { kind: "rate", principleId: "trust", statementId: "trust-1", level },
        START,
        day,
      );
    await rate("starting", DAY1);
    await saveReflection(DAY1);
    await rate("growing", DAY2);
    const data = await exportAllData();
    await resetDb();
    const preview = await previewRestore(data);
    expect(preview.tables.teamReflections).toMatchObject({ inFile: 2, unfinished: 1, new: 2 });
    const heading = previewLines(preview).find((t) => t.table === "teamReflections")?.heading;
    expect(heading).toBe("1 team reflection and 1 unfinished team reflection");
  });

  it("are sealed while the lock is on, and still read back for the app", async () => {
    await turnOnLock("kettle by the window", 1_000);
    await changeReflectionDraft(
      { kind: "note", principleId: "safety", field: "evidence", text: "Survey in May" },
      START,
      DAY1,
    );
    const raw = await openAtVersion(LATEST_VERSION);
    const rows = JSON.stringify(await raw.table("teamReflections").toArray());
    raw.close();
    expect(rows).not.toContain("Survey in May");
    expect((await readReflectionDraft())?.principles[0]?.evidence).toBe("Survey in May");
  });
});

describe("pledges, key actions and stories on the device", () => {
  beforeEach(async () => {
    forgetLock();
    await resetDb();
  });

  it("each pledge save is a new version; the newest comes first", async () => {
    const pledge = {
      statement: "We will listen.",
      frameworkId: "five-areas",
      commitmentIds: ["learning"],
      authorisedBy: { name: "Sam Lee", role: "Director" },
      authorisedOn: "2026-12-01",
    };
    const first = await savePledge(pledge, DAY1);
    const second = await savePledge({ ...pledge, statement: "We will listen and act." }, DAY2);
    const versions = await listPledges();
    expect(versions.map((v) => v.id)).toEqual([second, first]);
    expect(versions.map((v) => PledgeSchema.parse(v).statement)).toEqual([
      "We will listen and act.",
      "We will listen.",
    ]);
  });

  it("an action keeps its progress updates in order and its changes", async () => {
    const id = await addOrgAction(
      {
        title: "A steering group",
        what: "",
        owner: "Head of service",
        startOn: "2026-12-01",
        reviewOn: "2027-03-01",
        status: "not-started",
      },
      DAY1,
    );
    await addProgress(id, { on: "2026-12-10", note: "First meeting" }, DAY1);
    await addProgress(id, { on: "2027-01-10", note: "Second", evidence: "Notes" }, DAY2);
    await changeOrgAction(id, (action) => ({ ...action, status: "in-progress" }), DAY2);
    const [action] = await listOrgActions();
    expect(OrgActionSchema.parse(action)).toEqual(action);
    expect(action).toMatchObject({ status: "in-progress", updatedAt: DAY2.toISOString() });
    expect(action?.progress.map((p) => p.note)).toEqual(["First meeting", "Second"]);
  });

  it("a story is kept with its consents", async () => {
    await addPracticeStory(
      {
        title: "A calmer front desk",
        happened: "Long waits.",
        changed: "We say how long.",
        learnt: "Small things help.",
        detailsRemoved: true,
        consents: [{ id: "c1", use: "Newsletter", given: true, by: "A. N.", on: "2026-12-01" }],
      },
      DAY1,
    );
    const [story] = await listPracticeStories();
    expect(story).toMatchObject({ title: "A calmer front desk", detailsRemoved: true });
    expect(story?.consents).toHaveLength(1);
  });
});
