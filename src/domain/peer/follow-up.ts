/**
 * Where a peer check-in's follow-up stands on a given day, for Home and the peer list.
 * Follow-up dates are plain days, compared in the person's own time zone.
 */
import type { PeerCheckIn } from "../records";
import { isoDay } from "../dates";

/** Length of a timed catch-up in a calendar, unless the manager picks another. */
export const DEFAULT_FOLLOW_UP_MINUTES = 30;
/** Lengths a manager can pick for a timed catch-up. */
export const FOLLOW_UP_LENGTHS = [15, 30, 45, 60] as const;

export const FOLLOW_UP_STATUSES = ["none", "upcoming", "due", "overdue", "closed"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

type FollowUpFields = Pick<PeerCheckIn, "followUpOn" | "closedAt">;

/**
 * "closed" once the loop is closed, whatever the date; "none" when no date is set;
 * otherwise "upcoming", "due" (today) or "overdue", by the follow-up day.
 */
export function followUpStatus(peer: FollowUpFields, today: Date): FollowUpStatus {
  if (peer.closedAt) return "closed";
  if (!peer.followUpOn) return "none";
  const day = isoDay(today);
  if (peer.followUpOn > day) return "upcoming";
  return peer.followUpOn === day ? "due" : "overdue";
}

/** True when a follow-up is due today or overdue: what Home lists. */
export function isFollowUpDue(peer: FollowUpFields, today: Date): boolean {
  const status = followUpStatus(peer, today);
  return status === "due" || status === "overdue";
}

/** Open check-ins whose follow-up is due or overdue, the longest-waiting first. */
export function followUpsDue<T extends FollowUpFields & Pick<PeerCheckIn, "createdAt">>(
  list: readonly T[],
  today: Date,
): T[] {
  return list
    .filter((peer) => isFollowUpDue(peer, today))
    .sort(
      (a, b) =>
        (a.followUpOn ?? "").localeCompare(b.followUpOn ?? "") ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
