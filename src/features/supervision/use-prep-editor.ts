import { useCallback } from "react";
import { saveSupervisionPrep } from "../../db/supervision";
import { SupervisionPrepSchema, type SupervisionPrep } from "../../domain/records";
import { useRecordEditor } from "../../state/record-editor";

export type PrepChange = (prep: SupervisionPrep, now: Date) => SupervisionPrep;

export interface PrepEditor {
  prep: SupervisionPrep;
  /** Changes what is shown at once; it is saved after a short pause. */
  update: (change: PrepChange) => void;
  /** Saves now (before leaving the screen, or before sending an action on). */
  flush: () => Promise<boolean>;
  /** A quiet line for a live region: "Saved on this device." or what went wrong. */
  status: string;
}

/** What stops a prep being saved, checked against the record schema; null when none. */
function prepProblem(prep: SupervisionPrep): string | null {
  const checked = SupervisionPrepSchema.safeParse(prep);
  return checked.success ? null : (checked.error.issues[0]?.message ?? "please check the page");
}

/**
 * A prep being edited: the shared record editor (saves after a pause, on leaving and
 * before an app update, in order), with each change told the time it was made.
 */
export function usePrepEditor(stored: SupervisionPrep): PrepEditor {
  const { record, update, flush, status } = useRecordEditor(
    stored,
    prepProblem,
    saveSupervisionPrep,
  );
  const updateAt = useCallback(
    (change: PrepChange) => update((prep) => change(prep, new Date())),
    [update],
  );
  return { prep: record, update: updateAt, flush, status };
}
