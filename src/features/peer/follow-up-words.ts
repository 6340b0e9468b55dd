import { formatDay } from "../../domain/peer/days";
import { followUpStatus } from "../../domain/peer/follow-up";
import type { PeerCheckIn } from "../../domain/records";

/** Plain words for where a follow-up stands. A passed date is stated, never scolded. */
export function followUpWords(peer: PeerCheckIn, today: Date): string {
  switch (followUpStatus(peer, today)) {
    case "closed":
      return "Closed: no more follow-ups planned";
    case "none":
      return "No follow-up date set";
    case "upcoming":
      return `Next catch-up: ${formatDay(peer.followUpOn ?? "")}`;
    case "due":
      return "Catch-up due today";
    case "overdue":
      return `Catch-up was planned for ${formatDay(peer.followUpOn ?? "")}`;
  }
}
