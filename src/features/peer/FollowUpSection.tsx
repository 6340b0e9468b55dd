import { TextField } from "../../components/TextField";
import { useState } from "react";
import { downloadFile } from "../../components/download";
import { useNotices } from "../../components/notices";
import { formatDay } from "../../domain/peer/days";
import { withFollowUp, withLoopClosed } from "../../domain/peer/record";
import { PEER_LIMITS, type PeerCheckIn } from "../../domain/records";
import { followUpWords } from "./followUpWords";
import type { PeerUpdate } from "./usePeerUpdate";

/** When to catch up again, a calendar file for it, and what happened when you did. */
export function FollowUpSection({ peer, update }: { peer: PeerCheckIn; update: PeerUpdate }) {
  const show = useNotices((state) => state.show);
  const [outcome, setOutcome] = useState("");
  const [notes, setNotes] = useState("");
  const [next, setNext] = useState("");
  const keepNotes = peer.consent.notes === "keep-notes";

  const setDate = (day: string) =>
    void update((current, now) => {
      const { followUpOn: _old, closedAt: _closed, ...rest } = current;
      return { ...rest, ...(day ? { followUpOn: day } : {}), updatedAt: now.toISOString() };
    });

  const calendar = async () => {
    try {
      // The calendar library loads only when someone asks for the file.
      const { followUpEvent } = await import("../../domain/peer/calendar");
      const ics = followUpEvent(peer);
      if (ics) downloadFile("catch-up.ics", ics, "text/calendar");
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  const record = (close: boolean) => {
    void update((current, now) =>
      withFollowUp(
        current,
        {
          id: crypto.randomUUID(),
          ...(outcome.trim() ? { outcome: outcome.trim() } : {}),
          ...(keepNotes && notes.trim() ? { notes: notes.trim() } : {}),
        },
        { ...(next ? { followUpOn: next } : {}), close },
        now,
      ),
    );
    setOutcome("");
    setNotes("");
    setNext("");
    show({ tone: "info", text: close ? "Catch-up saved and the loop closed." : "Catch-up saved." });
  };

  return (
    <section aria-labelledby="follow-heading" className="section">
      <h2 id="follow-heading">Follow-up</h2>
      <p>
        <strong>{followUpWords(peer, new Date())}</strong>
      </p>
      {!peer.closedAt ? (
        <TextField
          id="follow-date"
          label="Catch up again on"
          kind="date"
          value={peer.followUpOn ?? ""}
          onChange={setDate}
        />
      ) : null}
      {peer.followUpOn && !peer.closedAt ? (
        <button type="button" className="button secondary" onClick={() => void calendar()}>
          Add to my calendar (.ics file)
        </button>
      ) : null}

      {peer.followUps.length > 0 ? (
        <>
          <h3>Catch-ups so far</h3>
          <ul className="stack follow-list">
            {peer.followUps.map((entry) => (
              <li key={entry.id}>
                <strong>{formatDay(entry.at)}</strong>
                {entry.outcome ? <p>{entry.outcome}</p> : null}
                {entry.notes ? <p className="muted">Notes: {entry.notes}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <details className="disclosure">
        <summary>Record a catch-up conversation</summary>
        <TextField
          id="follow-outcome"
          label="What you agreed this time"
          kind="area"
          maxLength={PEER_LIMITS.outcome}
          value={outcome}
          onChange={setOutcome}
        />
        {keepNotes ? (
          <TextField
            id="follow-notes"
            label="Private notes (optional)"
            kind="area"
            maxLength={PEER_LIMITS.notes}
            value={notes}
            onChange={setNotes}
          />
        ) : null}
        <TextField
          id="follow-next"
          label="Next catch-up (optional)"
          kind="date"
          value={next}
          onChange={setNext}
        />
        <div className="actions">
          <button type="button" className="button" onClick={() => record(false)}>
            Save this catch-up
          </button>
          <button type="button" className="button secondary" onClick={() => record(true)}>
            Save and close the loop
          </button>
        </div>
      </details>
      {peer.closedAt ? null : (
        <button
          type="button"
          className="button secondary"
          onClick={() => void update((current, now) => withLoopClosed(current, now))}
        >
          Close the loop: no more catch-ups needed
        </button>
      )}
    </section>
  );
}
