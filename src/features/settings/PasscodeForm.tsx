import { useState, type ReactNode } from "react";
import { ErrorSummary, messageFor, type FieldError } from "../../components/ErrorSummary";
import { Field } from "../../components/Field";
import { PASSCODE_RULE, passcodeHint, passcodeProblem } from "../../domain/lock/passcode";

interface PasscodeBox {
  id: string;
  label: string;
  /** New passcodes are checked against the rules and asked twice. */
  isNew?: boolean;
}

/** The live hint, or the plain rule where the hint would repeat the problem shown. */
function hintFor(passcode: string, problem: string | undefined): string {
  const live = passcodeHint(passcode)?.message ?? PASSCODE_RULE;
  return live === problem ? PASSCODE_RULE : live;
}

/**
 * A small form for the lock: one or more passcode fields, checked before anything is
 * sent. `onSubmit` gets the values in field order and returns a problem to show, or null.
 * A problem shows as GOV.UK does: in a summary at the top, which takes focus, and at the
 * field it is about (a rule at the new passcode, a mismatch at the second box, anything
 * `onSubmit` returns at the first box, the passcode it was given). Typing in that box
 * again clears it, so an old message never sits beside a new passcode's hint.
 */
export function PasscodeForm({
  fields,
  submitLabel,
  busyLabel,
  children,
  onSubmit,
  onCancel,
}: {
  fields: PasscodeBox[];
  submitLabel: string;
  busyLabel: string;
  children?: ReactNode;
  onSubmit: (values: string[]) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<string[]>(() => fields.map(() => ""));
  const [confirm, setConfirm] = useState("");
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const newIndex = fields.findIndex((field) => field.isNew);
  const newId = fields[newIndex]?.id ?? "";
  const againId = `${newId}-again`;

  const show = (fieldId: string, message: string | null) => {
    setProblems(message ? [{ fieldId, message }] : []);
    if (message) setAttempt((count) => count + 1);
  };

  /** A box typed in again: its old message would now be out of date. */
  const mended = (fieldId: string) =>
    setProblems((all) => (all.some((p) => p.fieldId === fieldId) ? [] : all));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const fresh = newIndex >= 0 ? (values[newIndex] ?? "") : null;
    const rule = fresh === null ? null : passcodeProblem(fresh);
    if (rule) return show(newId, rule);
    if (fresh !== null && fresh !== confirm) {
      return show(againId, "The two new passcodes are not the same. Please type them again.");
    }
    setBusy(true);
    const result = await onSubmit(values);
    setBusy(false);
    show(fields[0]?.id ?? newId, result);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="panel section">
      {children}
      <ErrorSummary errors={problems} attempt={attempt} />
      {fields.map((field, index) => (
        <Field
          key={field.id}
          id={field.id}
          label={field.label}
          hint={
            field.isNew ? hintFor(values[index] ?? "", messageFor(problems, field.id)) : undefined
          }
          liveHint
          error={messageFor(problems, field.id)}
          kind="password"
          autoComplete={field.isNew ? "new-password" : "current-password"}
          value={values[index] ?? ""}
          onChange={(event) => {
            setValues((all) => all.map((v, i) => (i === index ? event.target.value : v)));
            mended(field.id);
          }}
        />
      ))}
      {newIndex >= 0 ? (
        <Field
          id={againId}
          label="Type the new passcode again"
          error={messageFor(problems, againId)}
          kind="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => {
            setConfirm(event.target.value);
            mended(againId);
          }}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
