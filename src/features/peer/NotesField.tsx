import { useAutosavedText } from "../../state/autosave";
import type { PeerUpdate } from "./use-peer-update";

/** A free-text field of the record that saves itself as the manager types. */
export function NotesField({
  id,
  label,
  hint,
  saved,
  field,
  update,
}: {
  id: string;
  label: string;
  hint?: string;
  saved: string;
  field: "notes" | "signsNote";
  update: PeerUpdate;
}) {
  const { text, status, change, flush } = useAutosavedText(saved, (value) =>
    update((current, now) => ({ ...current, [field]: value, updatedAt: now.toISOString() })),
  );
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        autoComplete="off"
        id={id}
        className="textarea"
        rows={4}
        maxLength={5000}
        aria-describedby={`${hint ? `${id}-hint ` : ""}${id}-status`}
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <p className="hint" id={`${id}-status`} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
