/**
 * The short summary a manager can give the colleague after a peer check-in. Written
 * to the colleague in plain, kind words. Private notes and free-text signs appear
 * only when the manager ticks "include notes"; the ticked signs and the suggested
 * stage never do, because they are the manager's impressions, not the colleague's.
 */
import type { ContentPack } from "../pack/schema";
import type { PeerAction, PeerCheckIn } from "../records";
import { resourceLine, resourcesById } from "./contacts";
import { formatDay } from "./days";

export interface PeerSummaryOptions {
  includeNotes: boolean;
}

const WHO: Record<PeerAction["who"], string> = {
  colleague: "you",
  manager: "me",
  both: "both of us",
};

function actionLine(action: PeerAction): string {
  const details = [
    WHO[action.who],
    ...(action.by ? [`by ${formatDay(action.by)}`] : []),
    ...(action.done ? ["done"] : []),
  ];
  return `- ${action.what.trim()} (${details.join(", ")})`;
}

function nextTimeText(peer: PeerCheckIn): string {
  if (peer.closedAt)
    return "We agreed we don't need to plan another catch-up. You can still talk to me at any time.";
  if (peer.followUpOn)
    return `We will catch up again on ${formatDay(peer.followUpOn)}. You are welcome to talk to me before then.`;
  return "You are welcome to talk to me again at any time.";
}

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? [[heading, ...lines].join("\n")] : [];
}

export function peerSummaryText(
  pack: Pick<ContentPack, "resources">,
  peer: PeerCheckIn,
  options: PeerSummaryOptions,
): string {
  const notes = options.includeNotes && peer.consent.notes === "keep-notes";
  const resources = resourcesById(pack, peer.resourcesOffered);
  const followUps = peer.followUps.flatMap((entry) => {
    const parts = [entry.outcome?.trim(), notes ? entry.notes?.trim() : undefined].filter(Boolean);
    return parts.length > 0 ? [`- ${formatDay(entry.at)}: ${parts.join(" ")}`] : [];
  });
  const noteLines = notes
    ? [
        ...(peer.signsNote?.trim() ? [`What I noticed: ${peer.signsNote.trim()}`] : []),
        ...(peer.notes?.trim() ? [peer.notes.trim()] : []),
      ]
    : [];

  return [
    `Our check-in on ${formatDay(peer.heldOn)}`,
    "Thank you for talking with me. This note is to help us both remember what we agreed. It is not a diagnosis, and it is not about how well you do your job.",
    ...(peer.actions.length > 0
      ? section("What we agreed", peer.actions.map(actionLine))
      : ["We did not agree any actions this time, and that is fine."]),
    ...section(
      "Support you can use",
      resources.map((resource) => `- ${resourceLine(resource)}`),
    ),
    ...section("When we talked again", followUps),
    ...section("Notes from our talk", noteLines),
    nextTimeText(peer),
  ].join("\n\n");
}
