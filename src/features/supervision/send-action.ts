/**
 * Where an action agreed in supervision goes: "my plan" on Home, or the latest peer
 * check-in with the colleague as an agreed action (so it shows with its follow-ups).
 */
import { addPeerAction, removePeerAction } from "../../db/peer";
import { addToPlan, listPlan, setPlanStatus } from "../../db/plan";
import { formatDay, formatShortDay } from "../../domain/peer/days";
import {
  PlanActionSchema,
  type PeerAction,
  type PeerCheckIn,
  type PlanAction,
  type PrepAction,
} from "../../domain/records";
import { sentActionId } from "../../domain/supervision/prep-record";

const TITLE_MAX = 200;

/** The plan entry for an action. A title too long for the plan is cut, with the whole text kept. */
export function planActionFor(
  prepId: string,
  action: Pick<PrepAction, "id" | "what">,
  now: Date,
): Omit<PlanAction, "createdAt" | "updatedAt" | "status"> {
  const what = action.what.trim();
  const cut = what.length > TITLE_MAX;
  const id = sentActionId(prepId, action);
  const entry = {
    id,
    tipId: id,
    title: cut ? `${what.slice(0, TITLE_MAX - 1).trimEnd()}…` : what,
    detail: `Agreed in supervision on ${formatDay(now.toISOString())}.${cut ? ` ${what}` : ""}`,
  };
  // addToPlan stores what it is given: check it here, so a backup of it always restores.
  const stamp = now.toISOString();
  PlanActionSchema.parse({ ...entry, status: "active", createdAt: stamp, updatedAt: stamp });
  return entry;
}

export interface SendTarget {
  prepId: string;
  /** The latest peer check-in with the colleague, for peer follow-ups. */
  peer: PeerCheckIn | null;
  /** Who does a peer follow-up action. */
  who?: PeerAction["who"];
}

/** Sends one action and returns what to tell the person. */
export async function sendAction(
  action: PrepAction,
  target: SendTarget,
  now: Date = new Date(),
): Promise<string> {
  if (action.destination === "plan") {
    await addToPlan(planActionFor(target.prepId, action, now), now);
    return `Added “${action.what}” to your plan. You can see it on Home.`;
  }
  const missing = "We could not find the peer check-in to add this to. It is still listed here.";
  if (!target.peer) throw new Error(missing);
  const peerAction: PeerAction = {
    id: sentActionId(target.prepId, action),
    what: action.what,
    who: target.who ?? "both",
  };
  let peer: PeerCheckIn | null;
  try {
    peer = await addPeerAction(target.peer.id, peerAction, now);
  } catch (problem) {
    if ((problem as Error).name !== "ZodError") throw problem;
    throw new Error(
      `The check-in with ${target.peer.colleague} has as many actions as it can hold, so this was not added there. It is still listed here.`,
    );
  }
  if (!peer) throw new Error(missing);
  return `Added “${action.what}” to your check-in with ${peer.colleague} from ${formatShortDay(peer.heldOn)}.`;
}

/** The peer check-in an action was added to, found by the id it was given there. */
export function peerHolding(
  peers: readonly PeerCheckIn[],
  prepId: string,
  action: Pick<PrepAction, "id">,
): PeerCheckIn | null {
  const id = sentActionId(prepId, action);
  return peers.find((peer) => peer.actions.some((existing) => existing.id === id)) ?? null;
}

/**
 * Takes an action back out of where it went. A plan action the person already marked
 * done or dropped is left as it is: that was their choice.
 */
export async function withdrawAction(
  action: PrepAction,
  prepId: string,
  peers: readonly PeerCheckIn[],
  now: Date = new Date(),
): Promise<string> {
  const id = sentActionId(prepId, action);
  if (action.destination === "plan") {
    const planned = (await listPlan()).find((entry) => entry.tipId === id);
    if (planned?.status === "active") await setPlanStatus(planned.id, "dropped", now);
    return `Removed “${action.what}” from this page and from your plan.`;
  }
  const holder = peerHolding(peers, prepId, action);
  const peer = holder && (await removePeerAction(holder.id, id, now));
  if (!peer) return `Removed “${action.what}” from this page.`;
  return `Removed “${action.what}” from this page and from your check-in with ${peer.colleague}.`;
}
