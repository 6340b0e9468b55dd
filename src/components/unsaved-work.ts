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
