// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { defaultPack as pack } from "../content/default-pack";
import { newPeerCheckIn } from "../domain/peer/record";
import { resetDb } from "../testing/db";
import { makePeerCheckIn } from "../testing/records";
import { getDb } from "./database";
import {
  addFollowUp,
  closePeerCheckIn,
  deletePeerCheckIn,
  getPeerCheckIn,
  listFollowUpsDue,
  listPeerCheckIns,
  restorePeerCheckIn,
  savePeerCheckIn,
  setPeerActionDone,
} from "./peer";

const now = new Date("2026-11-16T10:00:00.000Z");
const day = (d: number) => new Date(2026, 10, d, 12);

describe("peer check-in repository", () => {
  beforeEach(resetDb);

  it("saves a check-in made with consent and reads it back, stamping updatedAt", async () => {
    const peer = newPeerCheckIn(
      { id: "p1", colleague: "AB", heldOn: "2026-11-02", notes: "keep-notes" },
      pack,
      new Date("2026-11-02T14:00:00.000Z"),
    );
    const stored = await savePeerCheckIn({ ...peer, notes: "Talked about the rota." }, now);
    expect(stored.updatedAt).toBe(now.toISOString());
    expect(await getPeerCheckIn("p1")).toEqual(stored);
    expect(await getPeerCheckIn("missing")).toBeNull();
  });

  it("stores nothing about the colleague without consent", async () => {
    const { consent: _consent, ...noConsent } = makePeerCheckIn();
    await expect(savePeerCheckIn(noConsent as never, now)).rejects.toBeInstanceOf(ZodError);
    expect(await getDb().peerCheckIns.count()).toBe(0);
  });

  it("refuses to store notes when the colleague chose actions only", async () => {
    const peer = makePeerCheckIn({
      consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
      notes: "Should not be kept.",
    });
    await expect(savePeerCheckIn(peer, now)).rejects.toBeInstanceOf(ZodError);
    expect(await getDb().peerCheckIns.count()).toBe(0);
  });

  it("lists newest first", async () => {
    await savePeerCheckIn(makePeerCheckIn({ id: "old", createdAt: "2026-10-01T09:00:00.000Z" }));
    await savePeerCheckIn(makePeerCheckIn({ id: "new", createdAt: "2026-11-10T09:00:00.000Z" }));
    await savePeerCheckIn(makePeerCheckIn({ id: "mid", createdAt: "2026-10-20T09:00:00.000Z" }));
    expect((await listPeerCheckIns()).map((peer) => peer.id)).toEqual(["new", "mid", "old"]);
  });

  it("lists follow-ups due today or overdue, oldest first, leaving out closed and later ones", async () => {
    await savePeerCheckIn(makePeerCheckIn({ id: "today", followUpOn: "2026-11-16" }));
    await savePeerCheckIn(makePeerCheckIn({ id: "overdue", followUpOn: "2026-11-09" }));
    await savePeerCheckIn(makePeerCheckIn({ id: "later", followUpOn: "2026-11-17" }));
    await savePeerCheckIn(makePeerCheckIn({ id: "none", followUpOn: undefined }));
    await savePeerCheckIn(
      makePeerCheckIn({ id: "closed", followUpOn: "2026-11-01", closedAt: "2026-11-02T09:00:00Z" }),
    );
    expect((await listFollowUpsDue(day(16))).map((peer) => peer.id)).toEqual(["overdue", "today"]);
    expect((await listFollowUpsDue(day(17))).map((peer) => peer.id)).toEqual([
      "overdue",
      "today",
      "later",
    ]);
    expect(await listFollowUpsDue(day(1))).toEqual([]);
  });

  it("records a follow-up as a linked entry and moves the follow-up date on", async () => {
    await savePeerCheckIn(makePeerCheckIn({ id: "p1", followUpOn: "2026-11-16" }));
    const updated = await addFollowUp(
      "p1",
      { id: "f1", outcome: "Rota changed.", notes: "Sleeping better." },
      { followUpOn: "2026-11-30" },
      now,
    );
    expect(updated?.followUps).toEqual([
      { id: "f1", at: now.toISOString(), outcome: "Rota changed.", notes: "Sleeping better." },
    ]);
    expect(await getPeerCheckIn("p1")).toMatchObject({
      followUpOn: "2026-11-30",
      updatedAt: now.toISOString(),
    });
    expect(await listFollowUpsDue(day(16))).toEqual([]);
  });

  it("refuses follow-up notes when only actions are kept, and changes nothing", async () => {
    const peer = makePeerCheckIn({
      id: "p1",
      consent: { given: true, notes: "actions-only", at: "2026-11-02T14:00:00.000Z" },
    });
    await savePeerCheckIn(peer, now);
    await expect(addFollowUp("p1", { id: "f1", notes: "private" }, {}, now)).rejects.toBeInstanceOf(
      ZodError,
    );
    expect((await getPeerCheckIn("p1"))?.followUps).toEqual([]);
  });

  it("closes the loop, so the follow-up is no longer due", async () => {
    await savePeerCheckIn(makePeerCheckIn({ id: "p1", followUpOn: "2026-11-10" }));
    const closed = await closePeerCheckIn("p1", now);
    expect(closed?.closedAt).toBe(now.toISOString());
    expect(await listFollowUpsDue(day(16))).toEqual([]);
    expect(await closePeerCheckIn("missing", now)).toBeNull();
  });

  it("marks an agreed action done", async () => {
    await savePeerCheckIn(makePeerCheckIn({ id: "p1" }));
    await setPeerActionDone("p1", "action-1", true, now);
    expect((await getPeerCheckIn("p1"))?.actions[0]?.done).toBe(true);
  });

  it("a deleted check-in can be restored exactly as it was", async () => {
    const stored = await savePeerCheckIn(makePeerCheckIn({ id: "p1" }), now);
    const removed = await deletePeerCheckIn("p1");
    expect(removed).toEqual(stored);
    expect(await getPeerCheckIn("p1")).toBeNull();
    await restorePeerCheckIn(removed!);
    expect(await getPeerCheckIn("p1")).toEqual(stored);
    expect(await deletePeerCheckIn("missing")).toBeNull();
  });
});

describe("actions added to a peer check-in from elsewhere", () => {
  beforeEach(resetDb);

  it("adds an action once, even if sent twice, and takes it out again", async () => {
    const { addPeerAction, removePeerAction, savePeerCheckIn, getPeerCheckIn } =
      await import("./peer");
    await savePeerCheckIn(makePeerCheckIn({ id: "p1", actions: [] }));
    const action = { id: "sup-1", what: "Talk about caseload", who: "both" as const };
    await addPeerAction("p1", action);
    await addPeerAction("p1", action);
    expect((await getPeerCheckIn("p1"))?.actions).toEqual([action]);
    await removePeerAction("p1", "sup-1");
    expect((await getPeerCheckIn("p1"))?.actions).toEqual([]);
  });

  it("gives null for a check-in that is not there, and stores nothing", async () => {
    const { addPeerAction } = await import("./peer");
    expect(await addPeerAction("missing", { id: "x", what: "y", who: "manager" })).toBeNull();
    expect(await getDb().peerCheckIns.count()).toBe(0);
  });
});
