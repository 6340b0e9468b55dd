import { useEffect } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";

/**
 * Quick exit: for someone who may need to hide the app in a hurry. Off by default.
 * Kept in localStorage so it works from the very first paint, before the database opens.
 */
interface QuickExitState {
  enabled: boolean;
  setEnabled: (enabled: boolean) => void;
}

export const useQuickExit = create<QuickExitState>()(
  persist(
    (set) => ({
      enabled: false,
      setEnabled: (enabled) => set({ enabled }),
    }),
    { name: "hcw-quick-exit", version: 1 },
  ),
);

/** An everyday page with nothing to do with wellbeing. */
export const NEUTRAL_PAGE = "https://www.bbc.co.uk/weather";

/**
 * Blanks the page at once (before the next site even starts loading) and replaces this
 * tab's entry with the neutral page, so Back does not return here. While quick exit is
 * on, moving around the app replaces history entries too (see useQuietLocation), so
 * there is no earlier app page left behind either.
 */
export function leaveQuickly(): void {
  document.title = "";
  document.body.replaceChildren();
  document.documentElement.style.background = "#fff";
  window.location.replace(NEUTRAL_PAGE);
}

const PRESSES = 3;
const WITHIN_MS = 1500;

/** Pure rule for the keyboard shortcut: three Shift presses in a row, close together. */
export function countShiftPresses(
  previous: { count: number; at: number },
  key: string,
  at: number,
): { count: number; at: number } {
  if (key !== "Shift") return { count: 0, at };
  const count = at - previous.at <= WITHIN_MS ? previous.count + 1 : 1;
  return { count, at };
}

/** Listens for Shift pressed three times (and nothing else in between) while enabled. */
export function useShiftTripleExit(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let state = { count: 0, at: 0 };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      state = countShiftPresses(state, event.key, event.timeStamp);
      if (state.count >= PRESSES) leaveQuickly();
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [enabled]);
}
