// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { defaultPack } from "../content/default-pack";
import type { CheckIn } from "../domain/records";
import { scoreCheckIn } from "../domain/scoring/score";
import { resetDb } from "../testing/db";
import {
  deleteCheckIn,
  getCheckIn,
  latestCheckIn,
  listCheckIns,
  restoreCheckIn,
  saveCheckIn,
  updateCheckIn,
} from "./check-ins";
import { CHECK_IN_DRAFT_ID, readDraft, saveDraft } from "./drafts";
import { actionsDoneSince, addToPlan, listPlan, setPlanStatus } from "./plan";

function checkIn(id: string, createdAt: string): CheckIn {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    packId: defaultPack.id,
    packVersion: defaultPack.version,
    answers: {},
    result: scoreCheckIn(defaultPack, {}),
    note: "",
    bringToSupervision: false,
    tried: [],
  };
}

describe("check-in repository", () => {
  beforeEach(resetDb);

  it("saving a check-in removes its draft in the same step", async () => {
    await saveDraft({
      id: CHECK_IN_DRAFT_ID,
      kind: "check-in",
      createdAt: "2026-11-01T09:00:00.000Z",
      updatedAt: "2026-11-01T09:00:00.000Z",
      packId: defaultPack.id,
      packVersion: defaultPack.version,
      answers: { "sleep-quality": "good" },
      step: 3,
    });
    await saveCheckIn(checkIn("a", "2026-11-01T09:05:00.000Z"));
    expect(await readDraft()).toBeNull();
    expect(await getCheckIn("a")).toMatchObject({ id: "a" });
  });

  it("lists newest first and filters by date range", async () => {
    await saveCheckIn(checkIn("old", "2026-10-01T09:00:00.000Z"));
    await saveCheckIn(checkIn("mid", "2026-10-15T09:00:00.000Z"));
    await saveCheckIn(checkIn("new", "2026-11-01T09:00:00.000Z"));
    expect((await listCheckIns()).map((c) => c.id)).toEqual(["new", "mid", "old"]);
    const october = await listCheckIns({ from: "2026-10-01", to: "2026-10-31T23:59:59.999Z" });
    expect(october.map((c) => c.id)).toEqual(["mid", "old"]);
    expect((await latestCheckIn())?.id).toBe("new");
  });

  it("keeps a note and the supervision flag, and moves updatedAt on", async () => {
    await saveCheckIn(checkIn("a", "2026-11-01T09:00:00.000Z"));
    await updateCheckIn(
      "a",
      { note: "hard week", bringToSupervision: true },
      new Date("2026-11-02T10:00:00Z"),
    );
    expect(await getCheckIn("a")).toMatchObject({
      note: "hard week",
      bringToSupervision: true,
      updatedAt: "2026-11-02T10:00:00.000Z",
    });
  });

  it("a deleted check-in can be restored exactly as it was", async () => {
    const original = checkIn("a", "2026-11-01T09:00:00.000Z");
    await saveCheckIn(original);
    const removed = await deleteCheckIn("a");
    expect(await getCheckIn("a")).toBeNull();
    await restoreCheckIn(removed!);
    expect(await getCheckIn("a")).toEqual(original);
  });
});

describe("plan repository", () => {
  beforeEach(resetDb);

  it("adding the same tip twice keeps one active action", async () => {
    const action = { tipId: "tip-1", title: "Rest", detail: "Sit down for five minutes." };
    await addToPlan({ id: "p1", ...action });
    await addToPlan({ id: "p2", ...action });
    expect((await listPlan()).map((a) => a.id)).toEqual(["p1"]);
  });

  it("reports only actions done after the previous check-in", async () => {
    await addToPlan({ id: "p1", tipId: "t1", title: "One", detail: "" });
    await addToPlan({ id: "p2", tipId: "t2", title: "Two", detail: "" });
    await setPlanStatus("p1", "done", new Date("2026-11-01T08:00:00Z"));
    await setPlanStatus("p2", "done", new Date("2026-11-03T08:00:00Z"));
    const tried = await actionsDoneSince("2026-11-02T00:00:00.000Z");
    expect(tried.map((a) => a.id)).toEqual(["p2"]);
    await setPlanStatus("p2", "active");
    expect(await actionsDoneSince("2026-11-02T00:00:00.000Z")).toEqual([]);
  });
});
