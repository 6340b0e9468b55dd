import { useState } from "react";
import { formatDateTime } from "../../domain/dates";
import { withNotesChoice } from "../../domain/peer/record";
import type { PeerCheckIn } from "../../domain/records";
import type { PeerUpdate } from "./use-peer-update";

/** What the colleague agreed to, when, and a way to change it together. */
export function KeepChoice({ peer, update }: { peer: PeerCheckIn; update: PeerUpdate }) {
  const [confirming, setConfirming] = useState(false);
  const keepNotes = peer.consent.notes === "keep-notes";
  return (
    <section aria-labelledby="keep-heading" className="section panel">
      <h2 id="keep-heading">What is kept</h2>
      <p>
        {keepNotes
          ? `${peer.colleague} agreed that notes, signs and actions are kept on this device.`
          : `${peer.colleague} agreed that only the actions are kept. No notes are saved.`}{" "}
        <span className="hint">Agreed {formatDateTime(peer.consent.at)}.</span>
      </p>
      {confirming ? (
        <div className="callout">
          <p>
            {keepNotes
              ? "This deletes every note and anything they shared, and keeps only the actions. It cannot be undone."
              : "Only do this if your colleague has said they are happy for notes to be kept."}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                void update((current, now) =>
                  withNotesChoice(current, keepNotes ? "actions-only" : "keep-notes", now),
                );
              }}
            >
              {keepNotes ? "Yes, delete the notes" : "Yes, they agreed"}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button small secondary"
          onClick={() => setConfirming(true)}
        >
          {keepNotes ? "Stop keeping notes" : "Start keeping notes"}
        </button>
      )}
    </section>
  );
}
