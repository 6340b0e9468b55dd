import { Field } from "../../components/Field";
import { useState } from "react";
import { downloadFile } from "../../browser/download";
import { useNotices } from "../../state/notices";
import { formatDay } from "../../domain/peer/days";
import { incidentCheckAfter, nextIncidentCheck } from "../../domain/peer/incident";
import { withFollowUp, withLoopClosed } from "../../domain/peer/record";
import { PEER_LIMITS, type PeerCheckIn } from "../../domain/records";
import { DEFAULT_FOLLOW_UP_MINUTES, FOLLOW_UP_LENGTHS } from "../../domain/peer/follow-up";
import { followUpWords } from "./follow-up-words";
import type { PeerUpdate } from "./use-peer-update";

/** When to catch up again, a calendar file for it, and what happened when you did. */
export function FollowUpSection({ peer, update }: { peer: PeerCheckIn; update: PeerUpdate }) {
  const show = useNotices((state) => state.show);
  const [outcome, setOutcome] = useState("");
  const [notes, setNotes] = useState("");
  // An after-incident check-in suggests the one-month catch-up once the first is saved.
  const suggestedNext = incidentCheckAfter(peer.incident, peer.followUps.length + 1);
  const [next, setNext] = useState(suggestedNext?.on ?? "");
  const waiting = nextIncidentCheck(peer);
  const [time, setTime] = useState("10:00");
  const [minutes, setMinutes] = useState<number>(DEFAULT_FOLLOW_UP_MINUTES);
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
      const ics = followUpEvent(peer, time ? { time, durationMinutes: minutes } : {});
      if (!ics) {
        show({ tone: "problem", text: "Please check the time. It needs to look like 14:30." });
        return;
      }
      downloadFile("catch-up.ics", ics, "text/calendar");
      show({
        tone: "info",
        text: `Calendar file saved as catch-up.ics, for ${formatDay(peer.followUpOn ?? "")}${
          time ? ` at ${time}` : ""
        }. Open it to add the catch-up to your calendar.`,
      });
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
    setNext(incidentCheckAfter(peer.incident, peer.followUps.length + 2)?.on ?? "");
    show({ tone: "info", text: close ? "Catch-up saved and the loop closed." : "Catch-up saved." });
  };

  return (
    <section aria-labelledby="follow-heading" className="section">
      <h2 id="follow-heading">Follow-up</h2>
      <p>
        <strong>{followUpWords(peer, new Date())}</strong>
      </p>
      {waiting && !peer.closedAt ? (
        <p className="hint">
          {waiting.which === "first"
            ? "After an incident, the first catch-up is about 72 hours on."
            : "After an incident, the next catch-up is about a month on."}
        </p>
      ) : null}
      {!peer.closedAt ? (
        <Field
          id="follow-date"
          label="Catch up again on"
          kind="date"
          value={peer.followUpOn ?? ""}
          onChange={(event) => setDate(event.target.value)}
        />
      ) : null}
      {peer.followUpOn && !peer.closedAt ? (
        <fieldset className="choices">
          <legend>Add it to your calendar</legend>
          <Field
            id="follow-time"
            label="Time"
            kind="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
          <Field
            id="follow-length"
            label="How long"
            kind="select"
            options={FOLLOW_UP_LENGTHS.map((length) => ({
              value: String(length),
              label: `${length} minutes`,
            }))}
            value={String(minutes)}
            onChange={(event) => setMinutes(Number(event.target.value))}
          />
          <p className="hint">
            The calendar shows it as free time, called “Catch up with {peer.colleague}”, with
            nothing else in it.
          </p>
          <button type="button" className="button secondary" onClick={() => void calendar()}>
            Save a calendar file
          </button>
        </fieldset>
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
        <Field
          id="follow-outcome"
          label="What you agreed this time"
          kind="area"
          maxLength={PEER_LIMITS.outcome}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
        />
        {keepNotes ? (
          <Field
            id="follow-notes"
            label="Private notes (optional)"
            kind="area"
            maxLength={PEER_LIMITS.notes}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
        ) : null}
        <Field
          id="follow-next"
          label="Next catch-up (optional)"
          kind="date"
          value={next}
          onChange={(event) => setNext(event.target.value)}
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
      {/* Closing the loop only makes sense once you have caught up at least once. */}
      {peer.closedAt || peer.followUps.length === 0 ? null : (
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
