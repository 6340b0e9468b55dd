import { useState } from "react";
import { Field } from "../../components/Field";
import { ORG_LIMITS } from "../../domain/organisation/limits";

/**
 * A new key action or story starts with its title alone: it is then saved at once and
 * opens to be written, so nothing typed later can be lost to a missing title.
 */
export function StartWithTitle({
  id,
  label,
  hint,
  missing,
  button,
  onStart,
}: {
  id: string;
  label: string;
  hint?: string;
  /** Said when the box is empty, e.g. "Give the story a short title." */
  missing: string;
  button: string;
  onStart: (title: string) => Promise<void>;
}) {
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) {
          setProblem(missing);
          return;
        }
        setProblem(null);
        void onStart(title.trim());
      }}
    >
      <Field
        id={id}
        label={label}
        {...(hint ? { hint } : {})}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={ORG_LIMITS.title}
        error={problem}
        size="wide"
      />
      <button type="submit" className="button">
        {button}
      </button>
    </form>
  );
}
