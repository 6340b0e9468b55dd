/**
 * Where an action agreed in supervision goes: "my plan" on Home, or the latest peer
 * check-in with the colleague as an agreed action (so it shows with its follow-ups).
 */
import { getPeerCheckIn, savePeerCheckIn } from "../../db/peer";
import { addToPlan, listPlan, setPlanStatus } from "../../db/plan";
import { formatDay, formatShortDay } from "../../domain/peer/days";
import {
  PlanActionSchema,
  type PeerAction,
  type PeerCheckIn,
  type PlanAction,
  type PrepAction,
} from "../../domain/records";
import { sentActionId } from "./prep-record";

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

/** Adds an agreed action to a peer check-in once; a second add of the same action changes nothing. */
export function withAgreedAction(peer: PeerCheckIn, action: PeerAction, now: Date): PeerCheckIn {
  if (peer.actions.some((existing) => existing.id === action.id)) return peer;
  return { ...peer, actions: [...peer.actions, action], updatedAt: now.toISOString() };
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
  const peer = target.peer && (await getPeerCheckIn(target.peer.id));
  if (!peer) {
    throw new Error("We could not find the peer check-in to add this to. It is still listed here.");
  }
  const peerAction: PeerAction = {
    id: sentActionId(target.prepId, action),
    what: action.what,
    who: target.who ?? "both",
  };
  try {
    await savePeerCheckIn(withAgreedAction(peer, peerAction, now), now);
  } catch (problem) {
    if ((problem as Error).name !== "ZodError") throw problem;
    throw new Error(
      `The check-in with ${peer.colleague} has as many actions as it can hold, so this was not added there. It is still listed here.`,
    );
  }
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
  const peer = holder && (await getPeerCheckIn(holder.id));
  if (!peer) return `Removed “${action.what}” from this page.`;
  await savePeerCheckIn(
    {
      ...peer,
      actions: peer.actions.filter((existing) => existing.id !== id),
      updatedAt: now.toISOString(),
    },
    now,
  );
  return `Removed “${action.what}” from this page and from your check-in with ${peer.colleague}.`;
}
