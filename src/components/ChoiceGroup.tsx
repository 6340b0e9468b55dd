import { useId } from "react";

interface ChoiceGroupProps<T extends string> {
  legend: string;
  hint?: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** Native radios in a fieldset with a legend: keyboard and screen readers get it for free. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  name,
  value,
  options,
  onChange,
}: ChoiceGroupProps<T>) {
  const hintId = useId();
  return (
    <fieldset className="choices" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            autoComplete="off"
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
