import type { SupervisionPrep } from "../../domain/records";
import { withIncluded } from "../../domain/supervision/prep-record";
import type { PrepChange } from "./use-prep-editor";

/** "Include this one": the person chooses each record that goes on the page. */
export function IncludeThis({
  prep,
  list,
  id,
  when,
  update,
}: {
  prep: SupervisionPrep;
  list: "checkInIds" | "peerCheckInIds";
  id: string;
  when: string;
  update: (change: PrepChange) => void;
}) {
  return (
    <label className="choice checkbox">
      <input
        autoComplete="off"
        type="checkbox"
        checked={prep[list].includes(id)}
        onChange={(event) => {
          const included = event.target.checked;
          update((current) => withIncluded(current, list, id, included));
        }}
      />
      <span>
        Include this one<span className="visually-hidden"> from {when}</span>
      </span>
    </label>
  );
}
