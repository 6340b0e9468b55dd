import { beforeEach, describe, expect, it } from "vitest";
import { getPeerCheckIn, savePeerCheckIn } from "../../db/peer";
import { listPlan } from "../../db/plan";
import { resetDb } from "../../testing/db";
import { makePeerCheckIn } from "../../testing/records";
import { sentActionId } from "../../domain/supervision/prep-record";
import { peerHolding, planActionFor, sendAction, withdrawAction } from "./send-action";

const now = new Date(2026, 10, 24, 10, 0);
const prepId = "5f0c5a8e-8f3b-4c55-9a51-2d3c7d0f1e22";

describe("sending an action agreed in supervision", () => {
  beforeEach(resetDb);

  it("puts a plan action in my plan once, saying when it was agreed", async () => {
    const action = {
      id: "a1b2c3d4",
      what: "Take a proper lunch break",
      destination: "plan" as const,
    };
    const said = await sendAction(action, { prepId, peer: null }, now);
    await sendAction(action, { prepId, peer: null }, now);
    expect(said).toBe("Added “Take a proper lunch break” to your plan. You can see it on Home.");
    const plan = await listPlan();
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      tipId: `supervision-${prepId}-a1b2c3d4`,
      title: "Take a proper lunch break",
      detail: "Agreed in supervision on Tuesday 24 November 2026.",
      status: "active",
    });
  });

  it("keeps the whole of a long action in the detail when the title has to be cut", () => {
    const what = "Look again at ".concat("the rota and the late visits ".repeat(9)).trim();
    const entry = planActionFor(prepId, { id: "a1", what }, now);
    expect(entry.title.length).toBeLessThanOrEqual(200);
    expect(entry.title.endsWith("…")).toBe(true);
    expect(entry.detail).toContain(what);
  });

  it("adds a peer follow-up to the latest check-in with the colleague, once", async () => {
    const peer = await savePeerCheckIn(makePeerCheckIn({ id: "p1", colleague: "AB" }));
    const action = {
      id: "a1",
      what: "Ask how the rota is",
      destination: "peer-follow-up" as const,
    };
    const said = await sendAction(action, { prepId, peer, who: "manager" }, now);
    await sendAction(action, { prepId, peer, who: "manager" }, now);
    expect(said).toBe("Added “Ask how the rota is” to your check-in with AB from 2 Nov 2026.");
    const stored = await getPeerCheckIn("p1");
    expect(stored?.actions.filter((a) => a.what === "Ask how the rota is")).toEqual([
      { id: sentActionId(prepId, action), what: "Ask how the rota is", who: "manager" },
    ]);
    expect(peerHolding([stored!], prepId, action)?.id).toBe("p1");
  });

  it("takes an action back out of where it went", async () => {
    const peer = await savePeerCheckIn(makePeerCheckIn({ id: "p1", colleague: "AB" }));
    const toPlan = { id: "a1", what: "Book a day off", destination: "plan" as const };
    const toPeer = {
      id: "a2",
      what: "Ask how the rota is",
      destination: "peer-follow-up" as const,
    };
    await sendAction(toPlan, { prepId, peer: null }, now);
    await sendAction(toPeer, { prepId, peer }, now);

    await withdrawAction(toPlan, prepId, [], now);
    expect((await listPlan())[0]?.status).toBe("dropped");

    const withIt = (await getPeerCheckIn("p1"))!;
    expect(await withdrawAction(toPeer, prepId, [withIt], now)).toBe(
      "Removed “Ask how the rota is” from this page and from your check-in with AB.",
    );
    expect((await getPeerCheckIn("p1"))?.actions).toHaveLength(peer.actions.length);
  });

  it("says kindly when the peer check-in is gone", async () => {
    const peer = makePeerCheckIn({ id: "gone" });
    const action = {
      id: "a1",
      what: "Ask how the rota is",
      destination: "peer-follow-up" as const,
    };
    await expect(sendAction(action, { prepId, peer }, now)).rejects.toThrow(
      /could not find the peer check-in/,
    );
  });
});
