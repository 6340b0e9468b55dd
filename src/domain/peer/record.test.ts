import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { makePeerCheckIn } from "../../testing/records";
import { PeerCheckInSchema } from "../records";
import { followUpStatus } from "./follow-up";
import {
  newPeerCheckIn,
  withActionDone,
  withFollowUp,
  withLoopClosed,
  withNotesChoice,
  withSigns,
} from "./record";

const now = new Date("2026-11-16T10:00:00.000Z");
const valid = (value: unknown) => PeerCheckInSchema.safeParse(value).success;

describe("peer check-in records", () => {
  it("a new record carries the consent choice and when it was given", () => {
    const peer = newPeerCheckIn(
      { id: "p1", colleague: " AB ", heldOn: "2026-11-02", notes: "actions-only" },
      pack,
      new Date("2026-11-02T14:00:00.000Z"),
    );
    expect(peer.consent).toEqual({
      given: true,
      notes: "actions-only",
      at: "2026-11-02T14:00:00.000Z",
    });
    expect(peer.colleague).toBe("AB");
    expect(peer).toMatchObject({ packId: pack.id, packVersion: pack.version });
    expect(valid(peer)).toBe(true);
  });

  it("setting the signs stores the stage they suggest", () => {
    const peer = withSigns(
      makePeerCheckIn(),
      pack,
      ["strained-withdrawn", "strained-mistakes"],
      now,
    );
    expect(peer.suggestedStage).toEqual({ stageId: "strained", stageIndex: 2 });
    expect(withSigns(peer, pack, [], now).suggestedStage).toBeNull();
  });

  it("switching to actions only removes every private note at once", () => {
    const peer = makePeerCheckIn({
      signsNote: "Seemed tearful",
      attachedSummary: "My self-check",
      followUps: [{ id: "f1", at: "2026-11-09T10:00:00.000Z", notes: "private", outcome: "ok" }],
    });
    const after = withNotesChoice(peer, "actions-only", now);
    expect(after).not.toHaveProperty("notes");
    expect(after).not.toHaveProperty("signsNote");
    expect(after).not.toHaveProperty("attachedSummary");
    expect(after.followUps).toEqual([{ id: "f1", at: "2026-11-09T10:00:00.000Z", outcome: "ok" }]);
    expect(after.actions).toEqual(peer.actions);
    expect(after.consent.at).toBe(now.toISOString());
    expect(valid(after)).toBe(true);
  });

  it("recording a follow-up links it and moves on to the next date", () => {
    const peer = makePeerCheckIn({ followUpOn: "2026-11-16" });
    const after = withFollowUp(
      peer,
      { id: "f1", outcome: "Rota changed" },
      { followUpOn: "2026-11-30" },
      now,
    );
    expect(after.followUps).toEqual([{ id: "f1", outcome: "Rota changed", at: now.toISOString() }]);
    expect(after.followUpOn).toBe("2026-11-30");
    expect(followUpStatus(after, now)).toBe("upcoming");
  });

  it("a follow-up with no next date leaves nothing due", () => {
    const after = withFollowUp(makePeerCheckIn(), { id: "f1" }, {}, now);
    expect(after).not.toHaveProperty("followUpOn");
    expect(followUpStatus(after, now)).toBe("none");
  });

  it("a follow-up can close the loop", () => {
    const after = withFollowUp(
      makePeerCheckIn(),
      { id: "f1" },
      { close: true, followUpOn: "2026-12-01" },
      now,
    );
    expect(after.closedAt).toBe(now.toISOString());
    expect(after).not.toHaveProperty("followUpOn");
    expect(followUpStatus(after, now)).toBe("closed");
  });

  it("talking again after the loop was closed reopens it", () => {
    const closed = withLoopClosed(makePeerCheckIn(), now);
    expect(followUpStatus(closed, now)).toBe("closed");
    const reopened = withFollowUp(closed, { id: "f2" }, { followUpOn: "2026-12-01" }, now);
    expect(followUpStatus(reopened, now)).toBe("upcoming");
  });

  it("marks one action done and leaves the others alone", () => {
    const peer = makePeerCheckIn();
    const after = withActionDone(peer, "action-2", true, now);
    expect(after.actions.map((action) => action.done)).toEqual([undefined, true]);
    expect(after.updatedAt).toBe(now.toISOString());
  });
});
