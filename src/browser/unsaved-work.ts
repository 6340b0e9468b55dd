import { useEffect, useRef } from "react";

/**
 * Forms that hold input register a save function here. Before the app updates (or
 * anything else replaces the page) every one is awaited, so no input is lost.
 */
type Flush = () => Promise<void> | void;
const flushers = new Set<{ current: Flush }>();

export function useSaveBeforeLeaving(flush: Flush): void {
  const ref = useRef(flush);
  useEffect(() => {
    ref.current = flush;
  });
  useEffect(() => {
    flushers.add(ref);
    return () => {
      flushers.delete(ref);
    };
  }, []);
}

export async function saveAllUnsavedWork(): Promise<void> {
  await Promise.allSettled([...flushers].map((ref) => ref.current()));
}

/**
 * Starts each pending save as the page goes away (a reload, a closed tab, a link out),
 * so typing that was waiting for its pause is written. Returns the way to stop.
 */
export function saveWhenPageHides(target: Window = window): () => void {
  const save = () => void saveAllUnsavedWork();
  target.addEventListener("pagehide", save);
  return () => target.removeEventListener("pagehide", save);
}
