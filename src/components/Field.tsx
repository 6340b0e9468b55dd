import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

type BoxProps = Omit<
  InputHTMLAttributes<HTMLInputElement> &
    TextareaHTMLAttributes<HTMLTextAreaElement> &
    SelectHTMLAttributes<HTMLSelectElement>,
  "id" | "type" | "size" | "children" | "aria-describedby" | "aria-invalid"
>;

/** One choice in a `select` field. */
export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldProps extends BoxProps {
  id: string;
  label: ReactNode;
  /** A short help line above the box, announced with it. */
  hint?: ReactNode;
  /** What needs another look: shown at the box (GOV.UK style) and announced with it. */
  error?: string | null | undefined;
  /**
   * "text" (default), an input type such as "date" or "time", "area" for several lines,
   * "select" for a drop-down of `options`, or "checkbox" for one tick box (its label
   * beside the box, hint and message above it).
   */
  kind?: "text" | "search" | "date" | "time" | "password" | "file" | "area" | "select" | "checkbox";
  /** The choices of a "select" field, in order. */
  options?: readonly FieldOption[];
  /**
   * The label is also the heading of its section (a plan part): the label sits inside a
   * heading of this level, with this id for the section's `aria-labelledby`.
   */
  labelHeading?: { level: 2 | 3; id: string };
  /** Something between the hint and the box, such as a "Why this helps" disclosure. */
  beforeBox?: ReactNode;
  /** A button (or such) on the same row as the box, as on the agenda's "Add". */
  beside?: ReactNode;
  /** The message is news on its own (no summary above, as on Unlock): read it out at once. */
  announce?: boolean;
  /** The hint changes as people type (a passphrase's strength): read it out when it does. */
  liveHint?: boolean;
  /** Extra class for the box, such as "wide". */
  size?: "wide";
  /** Extra class for the field around label, hint, message and box. */
  className?: string;
  /** Other ids that describe the box, read after the hint and the message. */
  describedBy?: string;
  /** Anything to show under the box, such as why it cannot take more. */
  children?: ReactNode;
  /** From react-hook-form's `register`, or a ref of your own. */
  ref?: Ref<HTMLInputElement> | Ref<HTMLTextAreaElement> | Ref<HTMLSelectElement>;
}

const BOX_CLASS: Partial<Record<string, string>> = { file: "input file-input" };

/** The ids Field gives its hint and its message, for forms that point at them. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The label on its own, or inside the section's heading. */
function Label({
  id,
  heading,
  children,
}: {
  id: string;
  heading?: FieldProps["labelHeading"];
  children: ReactNode;
}) {
  const label = (
    <label htmlFor={id} className={heading ? undefined : "field-label"}>
      {children}
    </label>
  );
  if (!heading) return label;
  const Heading = heading.level === 2 ? "h2" : "h3";
  return <Heading id={heading.id}>{label}</Heading>;
}

/**
 * One labelled text box, date box, drop-down or text area: label, optional hint, the
 * message at the box when something needs another look, all tied to the box for screen readers
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
  options,
  labelHeading,
  beforeBox,
  beside,
  liveHint,
  announce,
  size,
  className,
  describedBy,
  children,
  ref,
  autoComplete = "off",
  ...rest
}: FieldProps) {
  const described = [hint ? hintId(id) : "", error ? errorId(id) : "", describedBy ?? ""]
    .filter(Boolean)
    .join(" ");
  const shared = {
    ...rest,
    id,
    autoComplete,
    "aria-describedby": described || undefined,
    "aria-invalid": error ? true : undefined,
  };
  const input = <Box kind={kind} shared={shared} size={size} options={options} boxRef={ref} />;
  if (kind === "checkbox") {
    return (
      <div className={className ? `field ${className}` : "field"}>
        <FieldNotes id={id} hint={hint} error={error} liveHint={liveHint} announce={announce} />
        <label className="choice checkbox" htmlFor={id}>
          {input}
          <span>{label}</span>
        </label>
        {children}
      </div>
    );
  }
  return (
    <div className={className ? `field ${className}` : "field"}>
      <Label id={id} heading={labelHeading}>
        {label}
      </Label>
      <FieldNotes id={id} hint={hint} error={error} liveHint={liveHint} announce={announce} />
      {beforeBox}
      {beside ? (
        <div className="field-row">
          {input}
          {beside}
        </div>
      ) : (
        input
      )}
      {children}
    </div>
  );
}

/** The hint and the message, tied to the box by their ids. */
function FieldNotes({
  id,
  hint,
  error,
  liveHint,
  announce,
}: Pick<FieldProps, "id" | "hint" | "error" | "liveHint" | "announce">) {
  return (
    <>
      {hint ? (
        <p className="hint" id={hintId(id)} aria-live={liveHint ? "polite" : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId(id)} role={announce ? "alert" : undefined}>
          {error}
        </p>
      ) : null}
    </>
  );
}

type Shared = Omit<BoxProps, "autoComplete"> & {
  id: string;
  autoComplete: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean | undefined;
};

/** The box itself: a text area, a drop-down or an input of the kind asked for. */
function Box({
  kind,
  shared,
  size,
  options,
  boxRef: ref,
}: {
  kind: NonNullable<FieldProps["kind"]>;
  shared: Shared;
  size: FieldProps["size"];
  options: FieldProps["options"];
  boxRef: FieldProps["ref"];
}) {
  if (kind === "area") {
    return (
      <textarea
        rows={3}
        className="textarea"
        {...(shared as TextareaHTMLAttributes<HTMLTextAreaElement>)}
        ref={ref as Ref<HTMLTextAreaElement> | undefined}
      />
    );
  }
  if (kind === "select") {
    return (
      <select
        className={size ? `input ${size}` : "input"}
        {...(shared as SelectHTMLAttributes<HTMLSelectElement>)}
        ref={ref as Ref<HTMLSelectElement> | undefined}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type={kind}
      className={
        kind === "checkbox" ? undefined : (BOX_CLASS[kind] ?? (size ? `input ${size}` : "input"))
      }
      {...(shared as InputHTMLAttributes<HTMLInputElement>)}
      ref={ref as Ref<HTMLInputElement> | undefined}
    />
  );
}
