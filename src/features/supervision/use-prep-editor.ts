import { useCallback, useEffect, useRef, useState } from "react";
import { useSaveBeforeLeaving } from "../../browser/unsaved-work";
import { saveSupervisionPrep } from "../../db/supervision";
import { SupervisionPrepSchema, type SupervisionPrep } from "../../domain/records";

export const SAVE_AFTER_MS = 600;

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

/**
 * A prep being edited. Every change shows at once and saves itself after a pause, when
 * the screen closes, or before an app update (useSaveBeforeLeaving). Each save is
 * checked against the record schema first and saved in order behind the one before,
 * so a slow save never overwrites a newer one. A save that fails keeps the typing on
 * screen and says so; the next change tries again.
 */
export function usePrepEditor(stored: SupervisionPrep): PrepEditor {
  const [prep, setPrep] = useState(stored);
  const [status, setStatus] = useState("");
  const latest = useRef(stored);
  const saved = useRef(stored);
  const pending = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    queue.current = queue.current.then(async () => {
      const next = latest.current;
      if (next === saved.current) return true;
      const checked = SupervisionPrepSchema.safeParse(next);
      if (!checked.success) {
        setStatus(`Not saved yet: ${checked.error.issues[0]?.message ?? "please check the page"}`);
        return false;
      }
      try {
        await saveSupervisionPrep(checked.data);
        saved.current = next;
        setStatus("Saved on this device.");
        return true;
      } catch (problem) {
        setStatus(`Not saved yet. ${(problem as Error).message}`);
        return false;
      }
    });
    return queue.current;
  }, []);

  useSaveBeforeLeaving(async () => {
    await flush();
  });
  // Leaving the screen during the pause still saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  const update = useCallback(
    (change: PrepChange) => {
      const next = change(latest.current, new Date());
      latest.current = next;
      setPrep(next);
      setStatus("");
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { prep, update, flush, status };
}
