import { useState } from "react";
import { useNotices } from "../../state/notices";
import { Field } from "../../components/Field";
import { usePlan } from "../../db/hooks";
import { formatShortDay } from "../../domain/peer/days";
import {
  PREP_LIMITS,
  type PeerAction,
  type PeerCheckIn,
  type PrepAction,
} from "../../domain/records";
import {
  latestPeerWith,
  newActionId,
  sentActionId,
  withAfter,
} from "../../domain/supervision/prep-record";
import { peerHolding, sendAction, withdrawAction } from "./send-action";
import type { PrepEditor } from "./use-prep-editor";

/** Where each action is now, read from the plan and the peer check-ins themselves. */
function whereItIs(
  action: PrepAction,
  prepId: string,
  plan: ReturnType<typeof usePlan>,
  peers: readonly PeerCheckIn[],
): { words: string; sent: boolean } {
  if (action.destination === "plan") {
    const id = sentActionId(prepId, action);
    const entry = plan?.find((candidate) => candidate.tipId === id);
    if (!plan) return { words: "", sent: true };
    if (!entry) return { words: "Not in your plan yet.", sent: false };
    const status = { active: "", done: " (done)", dropped: " (taken off your plan)" };
    return { words: `In your plan on Home${status[entry.status]}.`, sent: true };
  }
  const peer = peerHolding(peers, prepId, action);
  return peer
    ? {
        words: `On your check-in with ${peer.colleague} from ${formatShortDay(peer.heldOn)}.`,
        sent: true,
      }
    : { words: "Not on a peer check-in yet.", sent: false };
}

/** Actions agreed in the session. Each goes straight to "my plan" or the peer follow-ups. */
export function SessionActions({
  editor,
  peers,
}: {
  editor: PrepEditor;
  peers: readonly PeerCheckIn[];
}) {
  const { prep, update, flush } = editor;
  const plan = usePlan();
  const show = useNotices((state) => state.show);
  const supervising = prep.role === "supervising";
  const peer = supervising ? latestPeerWith(peers, prep.colleague) : null;
  const colleague = prep.colleague ?? "your colleague";
  const [what, setWhat] = useState("");
  const [destination, setDestination] = useState<PrepAction["destination"]>(
    peer ? "peer-follow-up" : "plan",
  );
  const [who, setWho] = useState<PeerAction["who"]>("both");
  const [problem, setProblem] = useState("");
  const [sending, setSending] = useState<string[]>([]);
  const actions = prep.after?.actions ?? [];
  const full = actions.length >= PREP_LIMITS.actions;
  const goesTo = peer ? destination : "plan";

  const send = async (action: PrepAction) => {
    setSending((ids) => [...ids, action.id]);
    try {
      show({ tone: "info", text: await sendAction(action, { prepId: prep.id, peer, who }) });
    } catch (failure) {
      show({ tone: "problem", text: (failure as Error).message });
    } finally {
      setSending((ids) => ids.filter((id) => id !== action.id));
    }
  };

  const add = async () => {
    const text = what.trim();
    if (!text) {
      setProblem("Write what you agreed first.");
      document.getElementById("action-what")?.focus();
      return;
    }
    const action: PrepAction = { id: newActionId(), what: text, destination: goesTo };
    update((current, now) =>
      withAfter(current, (after) => ({ ...after, actions: [...after.actions, action] }), now),
    );
    setWhat("");
    setProblem("");
    // The prep keeps the action first, so nothing agreed is lost if sending it fails.
    if (await flush()) await send(action);
  };

  const remove = async (action: PrepAction) => {
    update((current, now) =>
      withAfter(
        current,
        (after) => ({ ...after, actions: after.actions.filter((a) => a.id !== action.id) }),
        now,
      ),
    );
    document.getElementById("action-what")?.focus();
    try {
      await flush();
      show({ tone: "info", text: await withdrawAction(action, prep.id, peers) });
    } catch (failure) {
      show({ tone: "problem", text: (failure as Error).message });
    }
  };

  return (
    <section aria-labelledby="agreed-heading" className="section">
      <h2 id="agreed-heading">What you agreed</h2>
      {actions.length > 0 ? (
        <ul className="agreed-actions">
          {actions.map((action) => {
            const where = whereItIs(action, prep.id, plan, peers);
            return (
              <li key={action.id} className="bring-item">
                <p className="agreed-what">{action.what}</p>
                <p className="hint">{where.words}</p>
                <div className="actions">
                  {!where.sent && !sending.includes(action.id) ? (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => void send(action)}
                    >
                      Try again<span className="visually-hidden">: {action.what}</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button small secondary"
                    onClick={() => void remove(action)}
                  >
                    Remove<span className="visually-hidden">: {action.what}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field
          id="action-what"
          label="An action you agreed"
          hint={
            supervising
              ? "Something you will do, or something to follow up with them."
              : "It goes to “My plan” on Home, so you can see it and tick it off."
          }
          error={problem || null}
          value={what}
          onChange={(event) => setWhat(event.target.value)}
          maxLength={PREP_LIMITS.actionText}
          size="wide"
          disabled={full}
          autoComplete="off"
        >
          {full ? (
            <p className="hint">
              This page holds {PREP_LIMITS.actions} actions, which is as many as it can.
            </p>
          ) : null}
        </Field>
        {supervising && peer ? (
          <fieldset className="choices">
            <legend>Where should it go?</legend>
            <label className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="destination"
                checked={destination === "plan"}
                onChange={() => setDestination("plan")}
              />
              <span>My plan: something I will do</span>
            </label>
            <label className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="destination"
                checked={destination === "peer-follow-up"}
                onChange={() => setDestination("peer-follow-up")}
              />
              <span>
                My check-in with {colleague} from {formatShortDay(peer.heldOn)}, to follow up
              </span>
            </label>
          </fieldset>
        ) : null}
        {supervising && !peer ? (
          <p className="hint">
            There is no peer check-in with {colleague} on this device, so actions go to your plan.
          </p>
        ) : null}
        {goesTo === "peer-follow-up" ? (
          <fieldset className="choices">
            <legend>Who will do it?</legend>
            {(
              [
                ["colleague", colleague],
                ["manager", "Me"],
                ["both", "Both of us"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="choice">
                <input
                  autoComplete="off"
                  type="radio"
                  name="who"
                  checked={who === value}
                  onChange={() => setWho(value)}
                />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" className="button" disabled={full}>
          Add action
        </button>
      </form>
    </section>
  );
}
