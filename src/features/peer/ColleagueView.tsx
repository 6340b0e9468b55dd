import { useState } from "react";
import type { ContentPack } from "../../domain/pack/schema";
import type { PeerCheckIn } from "../../domain/records";
import type { PeerUpdate } from "./use-peer-update";

const NOT_ASKED = "not-asked";
const RATHER_NOT = "rather-not-say";

/** How the colleague sees it themselves. Shown first, because it counts most. */
export function ColleagueView({
  pack,
  peer,
  update,
}: {
  pack: ContentPack;
  peer: PeerCheckIn;
  update: PeerUpdate;
}) {
  const view = peer.colleagueView;
  // Once answered, the choice folds to one line, so the next step is in reach.
  const [changing, setChanging] = useState(false);
  const value = !view ? NOT_ASKED : view.kind === "rather-not-say" ? RATHER_NOT : view.stageId;

  const choose = (choice: string) => {
    setChanging(false);
    void update((current, now) => {
      const { colleagueView: _old, ...rest } = current;
      const stageIndex = pack.stages.findIndex((stage) => stage.id === choice);
      const colleagueView =
        choice === RATHER_NOT
          ? { kind: "rather-not-say" as const }
          : stageIndex >= 0
            ? { kind: "stage" as const, stageId: choice, stageIndex }
            : undefined;
      return {
        ...rest,
        ...(colleagueView ? { colleagueView } : {}),
        updatedAt: now.toISOString(),
      };
    });
  };

  const options = [
    // The stage's name only: its words speak of "your answers", and here there are none.
    ...pack.stages.map((stage) => ({ value: stage.id, label: stage.label })),
    { value: RATHER_NOT, label: "They’d rather not say" },
    { value: NOT_ASKED, label: "Not asked yet" },
  ];

  return (
    <section aria-labelledby="view-heading" className="section">
      <h2 id="view-heading">How {peer.colleague} sees it</h2>
      <p className="hint" id="view-hint">
        Ask them where they feel they are. Their own view comes first and counts most, whatever
        anyone else has noticed.
      </p>
      {value !== NOT_ASKED && !changing ? (
        <div className="chosen">
          <p>
            In their own words, they are:{" "}
            <strong>{options.find((option) => option.value === value)?.label}</strong>
          </p>
          <button type="button" className="button secondary" onClick={() => setChanging(true)}>
            Change
          </button>
        </div>
      ) : (
        <fieldset className="choices" aria-describedby="view-hint">
          <legend>In their own words, they are</legend>
          {options.map((option) => (
            <label key={option.value} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="colleague-view"
                value={option.value}
                checked={value === option.value}
                onChange={() => choose(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
