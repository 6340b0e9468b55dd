import { Field } from "../../components/Field";
import { useState } from "react";
import { formatDay } from "../../domain/peer/days";
import { PEER_LIMITS, type PeerAction, type PeerCheckIn } from "../../domain/records";
import type { PeerUpdate } from "./use-peer-update";

const WHO_LABELS: Record<PeerAction["who"], string> = {
  colleague: "My colleague",
  manager: "Me",
  both: "Both of us",
};

/** What was agreed: what, who, and by when. */
export function AgreedActions({ peer, update }: { peer: PeerCheckIn; update: PeerUpdate }) {
  const [what, setWhat] = useState("");
  const [who, setWho] = useState<PeerAction["who"]>("both");
  const [by, setBy] = useState("");
  const [problem, setProblem] = useState("");

  const add = () => {
    if (!what.trim()) {
      setProblem("Write what you agreed first.");
      document.getElementById("action-what")?.focus();
      return;
    }
    const action: PeerAction = {
      id: crypto.randomUUID(),
      what: what.trim(),
      who,
      ...(by ? { by } : {}),
    };
    void update((current, now) => ({
      ...current,
      actions: [...current.actions, action],
      updatedAt: now.toISOString(),
    }));
    setWhat("");
    setBy("");
    setProblem("");
  };

  const set = (id: string, change: (action: PeerAction) => PeerAction | null) =>
    void update((current, now) => ({
      ...current,
      actions: current.actions.flatMap((action) => {
        if (action.id !== id) return [action];
        const next = change(action);
        return next ? [next] : [];
      }),
      updatedAt: now.toISOString(),
    }));

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading">What you agreed</h2>
      {peer.actions.length > 0 ? (
        <ul className="stack">
          {peer.actions.map((action) => (
            <li key={action.id} className="action-item">
              <label className="choice checkbox">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={!!action.done}
                  onChange={(event) =>
                    set(action.id, (a) => ({ ...a, done: event.target.checked }))
                  }
                />
                <span>
                  {action.what}
                  <span className="hint action-meta">
                    {WHO_LABELS[action.who]}
                    {action.by ? `, by ${formatDay(action.by)}` : ""}
                    {action.done ? ", done" : ""}
                  </span>
                </span>
              </label>
              <button
                type="button"
                className="button small secondary"
                onClick={() => set(action.id, () => null)}
              >
                Remove<span className="visually-hidden">: {action.what}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Nothing yet. Small, doable steps work best.</p>
      )}
      <div className="panel add-action">
        <Field
          id="action-what"
          label="Add an action"
          value={what}
          onChange={(event) => setWhat(event.target.value)}
          maxLength={PEER_LIMITS.actionText}
          error={problem}
          size="wide"
        />
        <fieldset className="choices">
          <legend>Who will do it</legend>
          {(Object.keys(WHO_LABELS) as PeerAction["who"][]).map((option) => (
            <label key={option} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="action-who"
                checked={who === option}
                onChange={() => setWho(option)}
              />
              <span>{WHO_LABELS[option]}</span>
            </label>
          ))}
        </fieldset>
        <Field
          id="action-by"
          label="By when (optional)"
          kind="date"
          value={by}
          onChange={(event) => setBy(event.target.value)}
        />
        <button type="button" className="button" onClick={add}>
          Add action
        </button>
      </div>
    </section>
  );
}
