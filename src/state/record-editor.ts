import { useCallback, useEffect, useRef, useState } from "react";
import { useSaveBeforeLeaving } from "../browser/unsaved-work";

export const SAVE_AFTER_MS = 600;

export interface RecordEditor<T> {
  record: T;
  /** Changes what is shown at once; it is saved after a short pause. */
  update: (change: (record: T) => T) => void;
  /** Saves now. */
  flush: () => Promise<boolean>;
  /** A quiet line for a live region: "Saved on this device." or what still needs doing. */
  status: string;
}

/**
 * A record being written (a key action, a story, a supervision prep): every change shows at once and saves itself
 * after a pause, when the screen closes, or before an app update, so a draft survives a
 * reload. A change that is not valid yet (an empty title) stays on screen and says why;
 * saves run one after another, so a slow one never overwrites a newer one.
 */
export function useRecordEditor<T>(
  stored: T,
  check: (record: T) => string | null,
  save: (record: T) => Promise<unknown>,
): RecordEditor<T> {
  const [record, setRecord] = useState(stored);
  const [status, setStatus] = useState("");
  const latest = useRef(stored);
  const saved = useRef(stored);
  const pending = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  const checkRef = useRef(check);
  useEffect(() => {
    saveRef.current = save;
    checkRef.current = check;
  }, [save, check]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    queue.current = queue.current.then(async () => {
      const next = latest.current;
      if (next === saved.current) return true;
      const problem = checkRef.current(next);
      if (problem) {
        setStatus(`Not saved yet: ${problem}`);
        return false;
      }
      try {
        await saveRef.current(next);
        saved.current = next;
        setStatus("Saved on this device.");
        return true;
      } catch (error) {
        setStatus(`Not saved yet. ${(error as Error).message}`);
        return false;
      }
    });
    return queue.current;
  }, []);

  useSaveBeforeLeaving(async () => {
    await flush();
  });
  // Leaving the screen saves what is not saved yet: typing in its pause, or a change
  // whose save failed (a full disk), which gets one more try.
  useEffect(
    () => () => {
      if (pending.current !== undefined || latest.current !== saved.current) void flush();
    },
    [flush],
  );

  // A newer stored copy (a progress note added, another tab, a restore) shows here,
  // unless there is typing not yet saved: the person's words are never dropped.
  useEffect(() => {
    if (stored === saved.current) return;
    if (latest.current !== saved.current || pending.current !== undefined) return;
    saved.current = stored;
    latest.current = stored;
    setRecord(stored);
  }, [stored]);

  const update = useCallback(
    (change: (record: T) => T) => {
      const next = change(latest.current);
      latest.current = next;
      setRecord(next);
      setStatus("");
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  return { record, update, flush, status };
}
