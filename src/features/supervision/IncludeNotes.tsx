import { useId } from "react";

/** The one choice that lets private notes onto the page. Unticked unless the person ticks it. */
export function IncludeNotes({
  checked,
  onChange,
  hint,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
}) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="choice checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>Include my notes</span>
      </label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
    </div>
  );
}
