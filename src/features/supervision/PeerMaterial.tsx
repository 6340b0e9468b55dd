import { Link } from "wouter";
import type { ContentPack } from "../../domain/pack/schema";
import { formatDay } from "../../domain/peer/days";
import type { PeerCheckIn, SupervisionPrep } from "../../domain/records";
import { peerCheckInsWith } from "../../domain/supervision/period";
import { IncludeNotes } from "./IncludeNotes";
import {
  agreedWords,
  colleagueViewWords,
  followUpDayWords,
  sharedPeerNotes,
  suggestedWords,
} from "./peer-words";
import { IncludeThis } from "./IncludeThis";
import type { PrepChange } from "./use-prep-editor";

/** When supervising: the peer check-ins with this colleague in the period. */
export function PeerMaterial({
  pack,
  prep,
  update,
  peers,
}: {
  pack: ContentPack;
  prep: SupervisionPrep;
  update: (change: PrepChange) => void;
  peers: readonly PeerCheckIn[];
}) {
  const colleague = prep.colleague ?? "your colleague";
  const withThem = peerCheckInsWith(peers, colleague, prep.period);
  return (
    <section aria-labelledby="peer-heading" className="section">
      <h2 id="peer-heading">Your check-ins with {colleague}</h2>
      {withThem.length === 0 ? (
        <>
          <p>
            There are no peer check-ins with {colleague} between these dates. That is fine: you can
            still get ready below.
          </p>
          <p>
            <Link href="~/peer">See your peer check-ins</Link>
          </p>
        </>
      ) : (
        <>
          <p className="hint">
            Their own view comes first: it matters more than any signs you noticed.
          </p>
          <IncludeNotes
            checked={prep.includeNotes}
            onChange={(includeNotes) => update((current) => ({ ...current, includeNotes }))}
            hint="Notes are only included where your colleague agreed to notes being kept. Tick this only if you want them on the page you print or share."
          />
          <ul className="bring-list">
            {withThem.map((peer) => {
              const when = formatDay(peer.heldOn);
              const suggested = suggestedWords(pack, peer);
              const followUp = followUpDayWords(peer);
              const notes = sharedPeerNotes(peer, prep.includeNotes);
              return (
                <li key={peer.id} className="bring-item">
                  <h3>{when}</h3>
                  <p>
                    <strong>Their own view:</strong> {colleagueViewWords(pack, peer)}
                  </p>
                  {suggested ? <p>Signs you noticed pointed to: {suggested}</p> : null}
                  {peer.actions.length > 0 ? (
                    <ul className="agreed-list">
                      {peer.actions.map((action) => (
                        <li key={action.id}>Agreed: {agreedWords(peer, action)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {followUp ? <p>Follow-up: {followUp}</p> : null}
                  {notes ? <p className="bring-note">“{notes}”</p> : null}
                  <IncludeThis
                    prep={prep}
                    list="peerCheckInIds"
                    id={peer.id}
                    when={when}
                    update={update}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
