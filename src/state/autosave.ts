import { useCallback, useEffect, useRef, useState } from "react";
import { useNotices } from "./notices";
import { useSaveBeforeLeaving } from "../browser/unsaved-work";

const SAVE_AFTER_MS = 600;

/**
 * Typing that saves itself: a short pause, leaving the field, or an app update
 * (useSaveBeforeLeaving) each write the latest text. A failed save shows its kind
 * message and keeps the text on screen, so nothing typed is lost.
 */
export function useAutosavedText(
  saved: string,
  save: (text: string) => Promise<void>,
): {
  text: string;
  status: string;
  change: (text: string) => void;
  flush: () => Promise<void>;
} {
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState("");
  const latest = useRef(saved);
  const stored = useRef(saved);
  const pending = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const show = useNotices((state) => state.show);

  const flush = useCallback(async () => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    if (latest.current === stored.current) return;
    const text = latest.current;
    try {
      await saveRef.current(text);
      stored.current = text;
      setStatus("Saved on this device.");
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  }, [show]);

  useSaveBeforeLeaving(flush);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  // A newer stored copy (another tab, a restore, delete-all) replaces the text on screen,
  // unless the person has typed something not yet saved: their words are never dropped.
  useEffect(() => {
    if (saved === stored.current) return;
    if (latest.current !== stored.current || pending.current !== undefined) return;
    stored.current = saved;
    latest.current = saved;
    setText(saved);
    setStatus("");
  }, [saved]);

  const change = (next: string) => {
    setText(next);
    latest.current = next;
    setStatus("");
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
  };

  return { text, status, change, flush };
}
