import { useState } from "react";
import { Field } from "../../../components/Field";
import { useNotices } from "../../../state/notices";
import { addProgress } from "../../../db/org-actions";
import { isoDay } from "../../../domain/dates";
import { progressNewestFirst } from "../../../domain/organisation/action-rules";
import { isReviewDay } from "../../../domain/organisation/days";
import { ORG_LIMITS } from "../../../domain/organisation/limits";
import type { OrgAction } from "../../../domain/organisation/schema";
import { formatShortDay } from "../../../domain/peer/days";

/** Progress notes, newest first, and a short form to add one. */
export function ProgressSection({ action }: { action: OrgAction }) {
  const show = useNotices((state) => state.show);
  const [on, setOn] = useState(() => isoDay(new Date()));
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState("");
  const [problems, setProblems] = useState<{ on?: string; note?: string }>({});

  const add = async () => {
    const found = {
      ...(isReviewDay(on) ? {} : { on: "Enter the day this is about." }),
      ...(note.trim() ? {} : { note: "Write a short note about what happened." }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await addProgress(action.id, {
        on,
        note: note.trim(),
        ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
      });
      setNote("");
      setEvidence("");
      show({ tone: "info", text: "Progress note added." });
    } catch (error) {
      show({ tone: "problem", text: (error as Error).message });
    }
  };

  const updates = progressNewestFirst(action.progress);
  return (
    <section aria-labelledby="progress-heading" className="section">
      <h2 id="progress-heading">Progress</h2>
      {updates.length === 0 ? (
        <p>No progress notes yet.</p>
      ) : (
        <ol className="work-list" aria-label="Progress notes, newest first">
          {updates.map((update) => (
            <li key={update.id} className="work-item">
              <h3>{formatShortDay(update.on)}</h3>
              <p className="work-text">{update.note}</p>
              {update.evidence ? (
                <p className="work-text">
                  <strong>Evidence:</strong> {update.evidence}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <form
        noValidate
        aria-labelledby="add-progress-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <h3 id="add-progress-heading">Add a progress note</h3>
        <Field
          id="progress-on"
          label="Day"
          kind="date"
          value={on}
          onChange={(event) => setOn(event.target.value)}
          error={problems.on}
        />
        <Field
          id="progress-note"
          label="What happened"
          hint="Keep it about the work: no names of people you support."
          kind="area"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={ORG_LIMITS.progressNote}
          error={problems.note}
        />
        <Field
          id="progress-evidence"
          label="Evidence (if you have it)"
          hint="For example: minutes of a meeting, numbers from a survey, or feedback."
          kind="area"
          value={evidence}
          onChange={(event) => setEvidence(event.target.value)}
          maxLength={ORG_LIMITS.evidence}
        />
        <button type="submit" className="button">
          Add this note
        </button>
      </form>
    </section>
  );
}
