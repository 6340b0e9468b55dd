import { useEffect, useRef } from "react";

export interface FieldError {
  fieldId: string;
  message: string;
}

/** The message for one field, to show at the field as well as in the summary. */
export function messageFor(errors: readonly FieldError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}

/**
 * GOV.UK-style error summary at the top of a form: each error links to its field, and
 * focus moves here when a submit fails. Give `attempt` (react-hook-form's `submitCount`)
 * and the summary takes focus on every failed submit, and only then; without it, it
 * takes focus whenever the list of errors changes. Never on every render: typing must
 * not lose its place.
 */
export function ErrorSummary({
  errors,
  attempt,
}: {
  errors: readonly FieldError[];
  attempt?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join("|");
  const focusKey = attempt ?? signature;
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) box.current?.focus();
    // Only a new attempt (or a new list of errors) moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">Something needs another look</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // A fragment link only scrolls; move focus into the field as GOV.UK does.
                // A group of choices (a fieldset) takes focus on its first choice.
                const target = document.getElementById(error.fieldId);
                const field =
                  target instanceof HTMLFieldSetElement
                    ? target.querySelector<HTMLElement>("input, select, textarea")
                    : target;
                if (!field) return;
                event.preventDefault();
                field.focus();
                (target ?? field).scrollIntoView({ block: "center" });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
