import { useEffect, useRef, useState } from "react";
import { Field } from "../../components/Field";
import { useNotices } from "../../state/notices";
import { useSaveBeforeLeaving } from "../../browser/unsaved-work";
import { updateCheckIn } from "../../db/check-ins";
import type { CheckIn } from "../../domain/records";

const SAVE_AFTER_MS = 600;

/** A private note (saved as you type) and the "bring to supervision" flag. */
export function NoteAndFlags({ checkIn }: { checkIn: CheckIn }) {
  const [note, setNote] = useState(checkIn.note);
  const [status, setStatus] = useState("");
  const [bring, setBring] = useState(checkIn.bringToSupervision);
  const pending = useRef<number | undefined>(undefined);
  const latest = useRef(note);
  const show = useNotices((state) => state.show);

  const saveNote = async () => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    if (latest.current === checkIn.note) return;
    try {
      await updateCheckIn(checkIn.id, { note: latest.current });
      setStatus("Note saved on this device.");
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };
  useSaveBeforeLeaving(saveNote);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  return (
    <section aria-labelledby="note-heading" className="section">
      <h2 id="note-heading">Your note</h2>
      <Field
        id="private-note"
        label="Anything you want to remember about today (optional)"
        hint="Only you can see this. It stays on this device."
        kind="area"
        className="flush"
        rows={4}
        maxLength={5000}
        describedBy="note-status"
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          latest.current = event.target.value;
          setStatus("");
          window.clearTimeout(pending.current);
          pending.current = window.setTimeout(() => void saveNote(), SAVE_AFTER_MS);
        }}
        onBlur={() => void saveNote()}
      >
        {/* The line keeps its height when empty, so "Note saved" never moves the checkbox below. */}
        <p className="hint save-status" id="note-status" aria-live="polite">
          {status}
        </p>
      </Field>
      <label className="choice checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={bring}
          onChange={(event) => {
            // Shown at once; put back if the device could not save it.
            const chosen = event.target.checked;
            setBring(chosen);
            updateCheckIn(checkIn.id, { bringToSupervision: chosen }).catch((problem: Error) => {
              setBring(!chosen);
              show({ tone: "problem", text: problem.message });
            });
          }}
        />
        <span>Bring this to supervision</span>
      </label>
    </section>
  );
}
