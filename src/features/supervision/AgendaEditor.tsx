import { useEffect, useRef, useState } from "react";
import { Field } from "../../components/Field";
import { PREP_LIMITS } from "../../domain/records";
import { moveItem } from "../../domain/supervision/prep-record";

let lastKey = 0;
/** Keys for the list (items are plain text and may repeat), so React keeps each row's place. */
const newKey = () => `agenda-${(lastKey += 1)}`;

type Focus = { key: string; button: "up" | "down" | "remove" } | { key: null; button: "add" };

/**
 * The agenda: add, remove, and move up or down with buttons, so the order can be
 * changed with a keyboard or a screen reader as easily as with a finger. After a move,
 * focus stays with the moved item and a polite message says where it went.
 */
export function AgendaEditor({
  agenda,
  onChange,
}: {
  agenda: readonly string[];
  onChange: (agenda: string[]) => void;
}) {
  const [keys, setKeys] = useState(() => agenda.map(newKey));
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState("");
  const [said, setSaid] = useState("");
  const focusNext = useRef<Focus | null>(null);
  const full = agenda.length >= PREP_LIMITS.agenda;

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (!target) return;
    // The moved item's own button, or its other one when it reached an end, else the field.
    const ids = target.key
      ? [
          `${target.key}-${target.button}`,
          `${target.key}-${target.button === "up" ? "down" : "up"}`,
        ]
      : [];
    const found = [...ids, "agenda-new"].map((id) => document.getElementById(id)).find(Boolean);
    found?.focus();
  });

  const add = () => {
    const item = draft.trim();
    if (!item) {
      setProblem("Write something to add first.");
      document.getElementById("agenda-new")?.focus();
      return;
    }
    setKeys([...keys, newKey()]);
    onChange([...agenda, item]);
    setDraft("");
    setProblem("");
    setSaid(`Added “${item}” to the agenda.`);
  };

  const move = (index: number, to: number, button: "up" | "down") => {
    const key = keys[index];
    if (key === undefined) return;
    setKeys(moveItem(keys, index, to));
    onChange(moveItem(agenda, index, to));
    focusNext.current = { key, button };
    setSaid(`Moved “${agenda[index]}” to number ${to + 1} of ${agenda.length}.`);
  };

  const remove = (index: number) => {
    const nextKey = keys[index + 1] ?? keys[index - 1];
    setKeys(keys.filter((_, i) => i !== index));
    onChange(agenda.filter((_, i) => i !== index));
    focusNext.current = nextKey ? { key: nextKey, button: "remove" } : { key: null, button: "add" };
    setSaid(`Removed “${agenda[index]}” from the agenda.`);
  };

  return (
    <section aria-labelledby="agenda-heading" className="section">
      <h2 id="agenda-heading">Agenda</h2>
      {agenda.length > 0 ? (
        <ol className="agenda-list">
          {agenda.map((item, index) => {
            const key = keys[index] ?? `agenda-missing-${index}`;
            return (
              <li key={key} className="agenda-item">
                <span className="agenda-text">{item}</span>
                <span className="agenda-buttons">
                  {index > 0 ? (
                    <button
                      type="button"
                      id={`${key}-up`}
                      className="button small secondary"
                      onClick={() => move(index, index - 1, "up")}
                    >
                      Move up<span className="visually-hidden">: {item}</span>
                    </button>
                  ) : null}
                  {index < agenda.length - 1 ? (
                    <button
                      type="button"
                      id={`${key}-down`}
                      className="button small secondary"
                      onClick={() => move(index, index + 1, "down")}
                    >
                      Move down<span className="visually-hidden">: {item}</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    id={`${key}-remove`}
                    className="button small secondary"
                    onClick={() => remove(index)}
                  >
                    Remove<span className="visually-hidden">: {item}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>Nothing on the agenda yet. Add the things you want to make time for, in order.</p>
      )}
      <form
        noValidate
        className="agenda-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Field
          id="agenda-new"
          label="Add to the agenda"
          error={problem || undefined}
          hint={
            full
              ? `The agenda has ${PREP_LIMITS.agenda} items, which is as many as it can hold.`
              : undefined
          }
          className="flush"
          maxLength={PREP_LIMITS.agendaItem}
          disabled={full}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            if (problem) setProblem("");
          }}
          beside={
            <button type="submit" className="button secondary" disabled={full}>
              Add
            </button>
          }
        />
      </form>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
