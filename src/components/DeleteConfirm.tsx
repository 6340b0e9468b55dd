import { useEffect, useRef, useState, type ReactNode } from "react";
import { ErrorSummary, messageFor, type FieldError } from "./ErrorSummary";
import { Field } from "./Field";

/** The word a person types to confirm. Spaces around it and capital letters do not matter. */
export const CONFIRM_WORD = "DELETE";

export function isConfirmWord(typed: string): boolean {
  return typed.trim().toUpperCase() === CONFIRM_WORD;
}

interface DeleteConfirmProps {
  /** Said first: how to keep a copy, or what deleting means here. */
  advice: ReactNode;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Says what deleting means (`advice`), then asks for the word. Nothing is deleted until
 * it matches. Used by Your data, and by the lock screen for a forgotten passcode.
 */
export function DeleteConfirm({ advice, busy, onConfirm, onCancel }: DeleteConfirmProps) {
  const [typed, setTyped] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <form
      className="panel section delete-confirm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isConfirmWord(typed)) {
          setErrors([
            {
              fieldId: "delete-word",
              message: `Type the word ${CONFIRM_WORD} in the box to confirm. Nothing has been deleted.`,
            },
          ]);
          return;
        }
        setErrors([]);
        onConfirm();
      }}
    >
      <h3 ref={heading} tabIndex={-1}>
        Before you delete
      </h3>
      {advice}
      <ErrorSummary errors={errors} />
      <Field
        id="delete-word"
        label={`To delete everything, type ${CONFIRM_WORD}`}
        hint="This makes sure it does not happen by accident."
        error={messageFor(errors, "delete-word")}
        autoCapitalize="characters"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Deleting…" : "Delete everything"}
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={onCancel}>
          Keep my data
        </button>
      </div>
    </form>
  );
}
