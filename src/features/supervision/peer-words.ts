/**
 * A peer check-in in the words a prep uses (the same as the shared text): the
 * colleague's own view first, then what the signs pointed to, which is only a suggestion.
 */
import { stageFor } from "../../domain/pack/lookup";
import type { ContentPack } from "../../domain/pack/schema";
import { formatShortDay } from "../../domain/peer/days";
import type { PeerAction, PeerCheckIn } from "../../domain/records";

export function colleagueViewWords(pack: ContentPack, peer: PeerCheckIn): string {
  const view = peer.colleagueView;
  if (!view) return "not asked";
  if (view.kind === "rather-not-say") return "they'd rather not say";
  return stageFor(pack, view)?.label ?? "a stage this pack does not have";
}

export function suggestedWords(pack: ContentPack, peer: PeerCheckIn): string | null {
  const stage = peer.suggestedStage && stageFor(pack, peer.suggestedStage);
  return stage ? `${stage.label} (a suggestion only)` : null;
}

export function agreedWords(peer: PeerCheckIn, action: PeerAction): string {
  const who: Record<PeerAction["who"], string> = {
    colleague: peer.colleague,
    manager: "me",
    both: "both of us",
  };
  return `${action.what.trim()} (${who[action.who]}${action.done ? ", done" : ""})`;
}

/**
 * The follow-up as a prep sheet states it: "closed" or its day. Not the peer screen's
 * followUpWords, which says whether a catch-up is due today; a sheet is read later, so it
 * gives the day and leaves "due" out.
 */
export function followUpDayWords(peer: PeerCheckIn): string | null {
  if (peer.closedAt) return "closed";
  return peer.followUpOn ? formatShortDay(peer.followUpOn) : null;
}

/** Private notes, only when the prep includes notes and the colleague agreed to notes. */
export function sharedPeerNotes(peer: PeerCheckIn, includeNotes: boolean): string | null {
  const notes = peer.notes?.trim();
  return includeNotes && peer.consent.notes === "keep-notes" && notes ? notes : null;
}
