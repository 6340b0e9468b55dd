import { Field } from "../../components/Field";
import { useAutosavedText } from "../../state/autosave";
import { savePlanPart } from "../../db/wellbeing-plan";
import type { PlanPartId } from "../../domain/wellbeing-plan/parts";
import { PLAN_PART_MAX } from "../../domain/wellbeing-plan/parts";
import {
  alreadySays,
  withLine,
  type PlanSuggestion,
} from "../../domain/wellbeing-plan/suggestions";
import { PART_WORDS } from "./plan-words";

interface PartFieldProps {
  part: PlanPartId;
  saved: string;
  suggestions: readonly PlanSuggestion[];
}

/**
 * One part of the plan: the person's own words, saved as they type. Suggestions are
 * only offered; each is added by its own button.
 */
export function PartField({ part, saved, suggestions }: PartFieldProps) {
  const words = PART_WORDS[part];
  const { text, status, change, flush } = useAutosavedText(saved, (value) =>
    savePlanPart(part, value),
  );
  const id = `part-${part}`;
  const offered = suggestions.filter((suggestion) => !alreadySays(text, suggestion.text));

  const add = (suggestion: PlanSuggestion) => {
    change(withLine(text, suggestion.text));
    void flush();
    document.getElementById(id)?.focus();
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="section plan-part">
      <Field
        id={id}
        label={words.heading}
        labelHeading={{ level: 2, id: `${id}-heading` }}
        hint={`For example: ${words.example}`}
        beforeBox={
          <details className="why">
            <summary>Why this helps</summary>
            <p>{words.why}</p>
          </details>
        }
        kind="area"
        className="flush"
        value={text}
        maxLength={PLAN_PART_MAX}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
      />
      <p className="save-status" role="status">
        {status}
      </p>
      {offered.length > 0 ? (
        <div className="plan-suggestions">
          <h3>Ideas from your own check-ins and tips</h3>
          <p className="hint">Add one only if it fits you.</p>
          <ul className="stack">
            {offered.map((suggestion) => (
              <li key={suggestion.id} className="suggestion">
                <p>
                  <span className="suggestion-text">{suggestion.text}</span>
                  <span className="hint"> {suggestion.because}</span>
                </p>
                <button
                  type="button"
                  className="button small secondary"
                  onClick={() => add(suggestion)}
                >
                  Add<span className="visually-hidden">: {suggestion.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
