import { useEffect, useRef } from "react";

export interface FieldError {
  fieldId: string;
  message: string;
}

/** GOV.UK-style error summary: focused when it appears, each error links to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const box = useRef<HTMLDivElement>(null);
  // Focus when the errors change, not on every render: typing must not lose its place.
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join("|");
  useEffect(() => {
    if (signature) box.current?.focus();
  }, [signature]);
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
                const field = document.getElementById(error.fieldId);
                if (!field) return;
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: "center" });
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
