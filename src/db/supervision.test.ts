// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resetDb } from "../testing/db";
import { makeSupervisionPrep } from "../testing/records";
import { getDb } from "./database";
import {
  deleteSupervisionPrep,
  getSupervisionPrep,
  latestSupervisionPrep,
  listSupervisionPreps,
  restoreSupervisionPrep,
  saveSupervisionPrep,
} from "./supervision";

const now = new Date("2026-11-23T10:00:00.000Z");

describe("supervision prep repository", () => {
  beforeEach(resetDb);

  it("saves a prep and reads it back, stamping updatedAt", async () => {
    const stored = await saveSupervisionPrep(makeSupervisionPrep({ id: "a" }), now);
    expect(stored.updatedAt).toBe(now.toISOString());
    expect(await getSupervisionPrep("a")).toEqual(stored);
    expect(await getSupervisionPrep("missing")).toBeNull();
  });

  it("keeps what was agreed after the session", async () => {
    await saveSupervisionPrep(makeSupervisionPrep({ id: "a" }), now);
    const prep = (await getSupervisionPrep("a"))!;
    const after = {
      outcomes: "Fewer late visits for a month.",
      actions: [{ id: "x", what: "Try the cyclic sigh", destination: "plan" as const }],
      recordedAt: now.toISOString(),
    };
    await saveSupervisionPrep({ ...prep, after }, now);
    expect((await getSupervisionPrep("a"))?.after).toEqual(after);
  });

  it("refuses an invalid prep and stores nothing", async () => {
    const prep = { ...makeSupervisionPrep({ role: "supervising" }), colleague: undefined };
    await expect(saveSupervisionPrep(prep, now)).rejects.toBeInstanceOf(ZodError);
    expect(await getDb().supervisionPreps.count()).toBe(0);
  });

  it("lists newest first and finds the latest", async () => {
    await saveSupervisionPrep(
      makeSupervisionPrep({ id: "old", createdAt: "2026-10-01T09:00:00.000Z" }),
    );
    await saveSupervisionPrep(
      makeSupervisionPrep({ id: "new", createdAt: "2026-11-20T09:00:00.000Z" }),
    );
    await saveSupervisionPrep(
      makeSupervisionPrep({ id: "mid", createdAt: "2026-11-01T09:00:00.000Z" }),
    );
    expect((await listSupervisionPreps()).map((prep) => prep.id)).toEqual(["new", "mid", "old"]);
    expect((await latestSupervisionPrep())?.id).toBe("new");
  });

  it("has no latest prep when there are none", async () => {
    expect(await latestSupervisionPrep()).toBeNull();
    expect(await listSupervisionPreps()).toEqual([]);
  });

  it("a deleted prep can be restored exactly as it was", async () => {
    const stored = await saveSupervisionPrep(makeSupervisionPrep({ id: "a" }), now);
    const removed = await deleteSupervisionPrep("a");
    expect(removed).toEqual(stored);
    expect(await getSupervisionPrep("a")).toBeNull();
    await restoreSupervisionPrep(removed!);
    expect(await getSupervisionPrep("a")).toEqual(stored);
    expect(await deleteSupervisionPrep("missing")).toBeNull();
  });
});
