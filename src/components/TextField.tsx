import type { ReactNode } from "react";

/**
 * A labelled text box, date box or text area, with its problem (if any) tied to it for
 * screen readers. For the small controlled fields of the record screens; forms run by
 * react-hook-form register their inputs themselves.
 */
interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "text" (default), "date", or "area" for several lines. */
  kind?: "text" | "date" | "area";
  maxLength?: number;
  /** A short help line above the box, announced with it. */
  hint?: string;
  /** Shown above the box and announced with it. */
  problem?: string | null;
  /** Extra class for the box, such as "wide". */
  size?: "wide";
  disabled?: boolean;
  /** "off" unless said: what people type here is private, and browsers keep form text. */
  autoComplete?: string;
  /** Anything to show under the box, such as why it cannot take more. */
  children?: ReactNode;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  kind = "text",
  maxLength,
  hint,
  problem,
  size,
  disabled,
  autoComplete = "off",
  children,
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : "", problem ? problemId : ""].filter(Boolean).join(" ");
  const shared = {
    id,
    value,
    maxLength,
    disabled,
    autoComplete,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": problem ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-error" id={problemId}>
          {problem}
        </p>
      ) : null}
      {kind === "area" ? (
        <textarea
          {...shared}
          className="textarea"
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...shared}
          type={kind}
          className={size ? `input ${size}` : "input"}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {children}
    </div>
  );
}
