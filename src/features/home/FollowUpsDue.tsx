import { Link } from "wouter";
import { formatDay } from "../../domain/peer/days";
import { followUpStatus } from "../../domain/peer/follow-up";
import { nextIncidentCheck } from "../../domain/peer/incident";
import type { PeerCheckIn } from "../../domain/records";

/** When it was planned, in plain words: a passed day is stated, never scolded. */
function when(peer: PeerCheckIn, today: Date): string {
  const incident = nextIncidentCheck(peer);
  const which = incident
    ? incident.which === "first"
      ? "About 72 hours after the incident. "
      : "About a month after the incident. "
    : "";
  return followUpStatus(peer, today) === "due"
    ? `${which}Due today.`
    : `${which}Planned for ${formatDay(peer.followUpOn ?? "")}.`;
}

/** Catch-ups with colleagues that are due: a reminder, never a count of what was missed. */
export function FollowUpsDue({ due }: { due: readonly PeerCheckIn[] }) {
  if (due.length === 0) return null;
  const today = new Date();
  return (
    <section aria-labelledby="follow-ups-heading" className="section panel">
      <h2 id="follow-ups-heading">Catch-ups with colleagues</h2>
      <ul className="card-list">
        {due.map((peer) => (
          <li key={peer.id}>
            <Link href={`/peer/${peer.id}`}>Catch up with {peer.colleague}</Link>
            <p className="hint">{when(peer, today)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
