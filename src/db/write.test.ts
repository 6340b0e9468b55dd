// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetDb } from "../testing/db";
import { getDb } from "./database";
import { CHECK_IN_DRAFT_ID, discardDraft, readDraft, saveDraft } from "./drafts";
import { StorageProblem } from "./errors";
import { askPersistenceOnce, readPersistenceAnswer } from "./persistence";
import { writePersonal } from "./write";

const draft = {
  id: CHECK_IN_DRAFT_ID,
  kind: "check-in" as const,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-20T10:00:00.000Z",
  packId: "hcw-default",
  packVersion: "1.0.0",
  answers: { "sleep-quality": "most-nights", "mood-low": null },
  step: 2,
};

describe("writing personal records", () => {
  beforeEach(resetDb);
  afterEach(() => vi.unstubAllGlobals());

  it("keeps a draft exactly as written, and discards it on request", async () => {
    await saveDraft(draft);
    expect(await readDraft()).toEqual(draft);
    await discardDraft();
    expect(await readDraft()).toBeNull();
  });

  it("writes nothing at all when the disk fills part-way through", async () => {
    const full = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    const attempt = writePersonal(
      (db) => [db.drafts, db.planActions],
      async () => {
        await getDb().drafts.put(draft);
        throw full;
      },
    );
    await expect(attempt).rejects.toBeInstanceOf(StorageProblem);
    await expect(attempt).rejects.toMatchObject({ kind: "full" });
    expect(await getDb().drafts.count()).toBe(0);
  });

  it("asks the browser to keep data after the first save, once, and remembers the answer", async () => {
    const persist = vi.fn().mockResolvedValue(true);
    vi.stubGlobal("navigator", { storage: { persist } });
    await saveDraft(draft);
    await vi.waitFor(async () => expect(await readPersistenceAnswer()).toBe("granted"));
    await saveDraft({ ...draft, step: 3 });
    // The save asks in the background; the same call made here takes the same steps
    // after it (IndexedDB answers in order), so once it is back the save's has ended too.
    await expect(askPersistenceOnce()).resolves.toBe("granted");
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
