/**
 * Building and changing peer check-in records. Pure: the repository in src/db reads,
 * applies one of these and validates before it writes, so every rule lives here once.
 */
import type { ContentPack } from "../pack/schema";
import type { FollowUpEntry, PeerAction, PeerCheckIn, PeerConsent, PeerIncident } from "../records";
import { incidentDates } from "./incident";
import { suggestStageFromSigns } from "./stage";

export type NotesChoice = PeerConsent["notes"];

export interface NewPeerCheckIn {
  id: string;
  colleague: string;
  /** The day of the conversation, e.g. "2026-11-02". */
  heldOn: string;
  notes: NotesChoice;
  /** An after-incident check-in: the first catch-up is set for about 72 hours after it. */
  incident?: PeerIncident;
}

/**
 * A new record, made only once consent is given: the consent and its time are
 * stored with it. Before that, the screen shows the guide and keeps nothing.
 */
export function newPeerCheckIn(
  input: NewPeerCheckIn,
  pack: Pick<ContentPack, "id" | "version">,
  now: Date,
): PeerCheckIn {
  const stamp = now.toISOString();
  return {
    id: input.id,
    createdAt: stamp,
    updatedAt: stamp,
    packId: pack.id,
    packVersion: pack.version,
    colleague: input.colleague.trim(),
    heldOn: input.heldOn,
    consent: { given: true, notes: input.notes, at: stamp },
    signs: [],
    suggestedStage: null,
    actions: [],
    resourcesOffered: [],
    followUps: [],
    ...(input.incident
      ? { incident: input.incident, followUpOn: incidentDates(input.incident.on).first }
      : {}),
  };
}

/** Sets the ticked signs and stores the stage they suggest, so the two never disagree. */
export function withSigns(
  peer: PeerCheckIn,
  pack: Pick<ContentPack, "stages" | "peerGuide">,
  signIds: readonly string[],
  now: Date,
): PeerCheckIn {
  const signs = [...new Set(signIds)];
  return {
    ...peer,
    signs,
    suggestedStage: suggestStageFromSigns(pack, signs),
    updatedAt: now.toISOString(),
  };
}

/**
 * Changes what is kept. Moving to "actions-only" removes every private field at once,
 * so nothing the colleague asked not to keep stays behind.
 */
export function withNotesChoice(peer: PeerCheckIn, notes: NotesChoice, now: Date): PeerCheckIn {
  const stamp = now.toISOString();
  const consent: PeerConsent = { given: true, notes, at: stamp };
  if (notes === "keep-notes") return { ...peer, consent, updatedAt: stamp };
  const { notes: _notes, signsNote: _signsNote, attachedSummary: _summary, ...kept } = peer;
  return {
    ...kept,
    consent,
    followUps: peer.followUps.map(({ notes: _entryNotes, ...entry }) => entry),
    updatedAt: stamp,
  };
}

export interface NextStep {
  /** The next follow-up day; left out, the follow-up that was due is done and none is set. */
  followUpOn?: string;
  /** Close the loop: no more follow-ups. */
  close?: boolean;
}

/**
 * Records a follow-up conversation as a linked entry. The follow-up that was due has
 * now happened, so its date is replaced by the next one (or cleared). Talking again
 * after the loop was closed reopens it, unless this step closes it again.
 */
export function withFollowUp(
  peer: PeerCheckIn,
  entry: Omit<FollowUpEntry, "at">,
  next: NextStep,
  now: Date,
): PeerCheckIn {
  const stamp = now.toISOString();
  const { followUpOn: _done, closedAt: _closedAt, ...rest } = peer;
  return {
    ...rest,
    followUps: [...peer.followUps, { ...entry, at: stamp }],
    ...(next.followUpOn && !next.close ? { followUpOn: next.followUpOn } : {}),
    ...(next.close ? { closedAt: stamp } : {}),
    updatedAt: stamp,
  };
}

/** Closes the loop. The follow-up date is kept as history; the status becomes "closed". */
export function withLoopClosed(peer: PeerCheckIn, now: Date): PeerCheckIn {
  const stamp = now.toISOString();
  return { ...peer, closedAt: stamp, updatedAt: stamp };
}

export function withActionDone(
  peer: PeerCheckIn,
  actionId: string,
  done: boolean,
  now: Date,
): PeerCheckIn {
  return {
    ...peer,
    actions: peer.actions.map((action) => (action.id === actionId ? { ...action, done } : action)),
    updatedAt: now.toISOString(),
  };
}

/** Adds an agreed action once; adding the same action again changes nothing. */
export function withAgreedAction(peer: PeerCheckIn, action: PeerAction, now: Date): PeerCheckIn {
  if (peer.actions.some((existing) => existing.id === action.id)) return peer;
  return { ...peer, actions: [...peer.actions, action], updatedAt: now.toISOString() };
}

export function withoutAction(peer: PeerCheckIn, actionId: string, now: Date): PeerCheckIn {
  if (!peer.actions.some((action) => action.id === actionId)) return peer;
  return {
    ...peer,
    actions: peer.actions.filter((action) => action.id !== actionId),
    updatedAt: now.toISOString(),
  };
}
