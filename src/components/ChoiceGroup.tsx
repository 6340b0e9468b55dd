import { useId, type ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { errorId, hintId } from "./Field";

interface Shared<T extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  /** What needs another look: shown under the legend (GOV.UK style) and announced with it. */
  error?: string | null | undefined;
  /** The group's id, for an error summary's link (ErrorSummary focuses its first choice). */
  id?: string;
  options: readonly { value: T; label: string }[];
}

/** Controlled: the screen keeps the value. */
interface Controlled<T extends string> extends Shared<T> {
  name: string;
  value: T;
  onChange: (value: T) => void;
  registered?: never;
}

/** In a react-hook-form form: `register(name)` is given to every choice. */
interface Registered<T extends string> extends Shared<T> {
  registered: UseFormRegisterReturn;
  name?: never;
  value?: never;
  onChange?: never;
}

/**
 * Native radios in a fieldset with a legend: keyboard and screen readers get it for free.
 * A hint and a message sit under the legend and are tied to the group. Works both ways a
 * form runs its choices: controlled (`value`, `onChange`) or react-hook-form (`registered`).
 */
export function ChoiceGroup<T extends string>(props: Controlled<T> | Registered<T>) {
  const { legend, hint, error, options } = props;
  const fallbackId = useId();
  const id = props.id ?? fallbackId;
  const described = [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean).join(" ");
  return (
    <fieldset
      className="choices"
      id={props.id}
      aria-describedby={described || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
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
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            autoComplete="off"
            type="radio"
            value={option.value}
            {...(props.registered ?? {
              name: props.name,
              checked: props.value === option.value,
              onChange: () => props.onChange(option.value),
            })}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
