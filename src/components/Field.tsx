import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from "react";

type Box = HTMLInputElement & HTMLTextAreaElement;
type BoxProps = Omit<
  InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "type" | "size" | "children" | "aria-describedby" | "aria-invalid"
>;

export interface FieldProps extends BoxProps {
  id: string;
  label: ReactNode;
  /** A short help line above the box, announced with it. */
  hint?: ReactNode;
  /** What needs another look: shown at the box (GOV.UK style) and announced with it. */
  error?: string | null | undefined;
  /** "text" (default), an input type such as "date" or "time", or "area" for several lines. */
  kind?: "text" | "date" | "time" | "number" | "email" | "password" | "search" | "area";
  /** Extra class for the box, such as "wide". */
  size?: "wide";
  /** Extra class for the field around label, hint, message and box. */
  className?: string;
  /** Other ids that describe the box, read after the hint and the message. */
  describedBy?: string;
  /** Anything to show under the box, such as why it cannot take more. */
  children?: ReactNode;
  /** From react-hook-form's `register`, or a ref of your own. */
  ref?: Ref<Box>;
}

/** The ids Field gives its hint and its message, for forms that point at them. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/**
 * One labelled text box, date box or text area: label, optional hint, the message at the
 * box when something needs another look, all tied to the box for screen readers
 * (`aria-describedby`, `aria-invalid`). Works both ways a form runs its boxes: spread
 * react-hook-form's `register(name)` into it, or give it `value` and `onChange`.
 * Everything else (maxLength, inputMode, autoComplete, data-testid…) goes to the box;
 * autoComplete is "off" unless said, since what people type here is private.
 */
export function Field({
  id,
  label,
  hint,
  error,
  kind = "text",
  size,
  className,
  describedBy,
  children,
  ref,
  autoComplete = "off",
  ...box
}: FieldProps) {
  const described = [hint ? hintId(id) : "", error ? errorId(id) : "", describedBy ?? ""]
    .filter(Boolean)
    .join(" ");
  const shared = {
    ...box,
    id,
    ref,
    autoComplete,
    "aria-describedby": described || undefined,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId(id)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId(id)}>
          {error}
        </p>
      ) : null}
      {kind === "area" ? (
        <textarea rows={3} className="textarea" {...shared} />
      ) : (
        <input type={kind} className={size ? `input ${size}` : "input"} {...shared} />
      )}
      {children}
    </div>
  );
}
