import { useEffect } from "react";
import { useAutosavedText } from "../../../state/autosave";
import { Field } from "../../../components/Field";
import { ORG_LIMITS } from "../../../domain/organisation/limits";

interface NoteFieldProps {
  id: string;
  label: string;
  hint: string;
  saved: string;
  save: (text: string) => Promise<void>;
  /** Lets the form save every field's latest words before it saves the reflection. */
  register: (flush: () => Promise<void>) => () => void;
}

/** A note or evidence box that saves itself as people type. */
export function NoteField({ id, label, hint, saved, save, register }: NoteFieldProps) {
  const { text, status, change, flush } = useAutosavedText(saved, save);
  useEffect(() => register(flush), [register, flush]);
  return (
    <div onBlur={() => void flush()}>
      <Field
        id={id}
        label={label}
        hint={hint}
        kind="area"
        value={text}
        onChange={(event) => change(event.target.value)}
        maxLength={ORG_LIMITS.note}
      >
        <p className="save-status" aria-live="polite">
          {status}
        </p>
      </Field>
    </div>
  );
}
