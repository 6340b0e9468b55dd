import type { UseFormRegister } from "react-hook-form";
import { SKIP } from "../../domain/check-in/steps";
import type { Item } from "../../domain/pack/schema";

export const firstOptionId = (item: Item) => `q-${item.id}-0`;
const questionId = (itemId: string) => `question-${itemId}`;

/**
 * Brings a question back into view (clear of the sticky header: scroll-padding) and
 * focuses its chosen answer, or its first if none is chosen.
 */
export function focusQuestion(itemId: string): void {
  const group = document.getElementById(questionId(itemId));
  if (!group) return;
  // jsdom has no layout, so no scrollIntoView.
  group.scrollIntoView?.({ block: "start" });
  const answer =
    group.querySelector<HTMLInputElement>("input:checked") ??
    group.querySelector<HTMLInputElement>("input");
  answer?.focus({ preventScroll: true });
}

/** One question: native radios in a fieldset, its "why we ask", and "prefer not to say". */
export function Question({
  item,
  register,
  error,
}: {
  item: Item;
  register: UseFormRegister<Record<string, string>>;
  error?: string;
}) {
  const whyId = `why-${item.id}`;
  const errorId = `error-${item.id}`;
  const options = [...item.options, { id: SKIP, label: "Prefer not to say" }];
  return (
    <div className={error ? "question has-error" : "question"}>
      {item.contentNote ? (
        <p className="callout content-note">
          <strong>Before the next question: </strong>
          {item.contentNote}
        </p>
      ) : null}
      <fieldset
        id={questionId(item.id)}
        className="choices"
        aria-describedby={error ? `${whyId} ${errorId}` : whyId}
      >
        <legend>{item.question}</legend>
        <details className="why" id={whyId}>
          <summary>Why we ask</summary>
          <p>{item.why}</p>
        </details>
        {error ? (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        ) : null}
        {options.map((option, index) => (
          <label key={option.id} className={option.id === SKIP ? "choice skip" : "choice"}>
            <input
              autoComplete="off"
              type="radio"
              id={`q-${item.id}-${index}`}
              value={option.id}
              {...register(item.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
