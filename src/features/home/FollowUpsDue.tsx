import { Link } from "wouter";
import type { PeerCheckIn } from "../../domain/records";

/** Catch-ups with colleagues that are due: a reminder, never a count of what was missed. */
export function FollowUpsDue({ due }: { due: readonly PeerCheckIn[] }) {
  if (due.length === 0) return null;
  return (
    <section aria-labelledby="follow-ups-heading" className="section panel">
      <h2 id="follow-ups-heading">Catch-ups with colleagues</h2>
      <ul className="card-list">
        {due.map((peer) => (
          <li key={peer.id}>
            <Link href={`/peer/${peer.id}`}>Catch up with {peer.colleague}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
