import { Link } from "wouter";
import { Page } from "../../components/Page";
import { useFollowUpsDue, usePeerCheckIns } from "../../db/hooks";
import { formatDay } from "../../domain/peer/days";
import type { PeerCheckIn } from "../../domain/records";
import { followUpWords } from "./follow-up-words";

function PeerList({ peers, today }: { peers: PeerCheckIn[]; today: Date }) {
  return (
    <ul className="stack">
      {peers.map((peer) => (
        <li key={peer.id} className="card peer-item">
          <h3>
            <Link href={`/${peer.id}`}>
              {peer.colleague}, {formatDay(peer.heldOn)}
            </Link>
          </h3>
          <p className="hint">{followUpWords(peer, today)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Peer check-ins: follow-ups waiting first, then every check-in kept on this device. */
export function PeerHome() {
  const today = new Date();
  const due = useFollowUpsDue(today);
  const all = usePeerCheckIns();
  return (
    <Page
      title="Peer check-in"
      lead="A kind, private conversation with a colleague, and what you agree together."
    >
      <div className="actions">
        <Link href="/new" className="button large">
          Start a peer check-in
        </Link>
        <Link href="/guide" className="button secondary">
          Just show the conversation guide
        </Link>
      </div>
      {due && due.length > 0 ? (
        <section aria-labelledby="due-heading" className="section panel">
          <h2 id="due-heading">Catch-ups to do</h2>
          <PeerList peers={due} today={today} />
        </section>
      ) : null}
      <section aria-labelledby="all-heading" className="section">
        <h2 id="all-heading">Your peer check-ins</h2>
        {all === undefined ? (
          <p className="loading">Loading…</p>
        ) : all.length === 0 ? (
          <p>None yet. Each one stays on this device, with your colleague’s agreement.</p>
        ) : (
          <PeerList peers={all} today={today} />
        )}
      </section>
    </Page>
  );
}
