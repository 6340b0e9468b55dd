import { useEffect } from "react";
import { useLockPreferences } from "../state/lock-preferences";
import { saveAllUnsavedWork } from "../browser/unsaved-work";
import { lockNow } from "../db/lock";

const ACTIVITY = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

async function saveThenLock(): Promise<void> {
  // Typing in progress is saved (sealed) before the key leaves memory.
  await saveAllUnsavedWork();
  lockNow();
}

/** Locks after the chosen idle time, and when the app is hidden if the person chose that. */
export function useAutoLock(unlocked: boolean): void {
  const minutes = useLockPreferences((state) => state.autoLockMinutes);
  const whenHidden = useLockPreferences((state) => state.lockWhenHidden);

  useEffect(() => {
    if (!unlocked || minutes === null) return;
    let timer = window.setTimeout(() => void saveThenLock(), minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void saveThenLock(), minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart);
    };
  }, [unlocked, minutes]);

  useEffect(() => {
    if (!unlocked || !whenHidden) return;
    const onHidden = () => {
      if (document.visibilityState === "hidden") void saveThenLock();
    };
    document.addEventListener("visibilitychange", onHidden);
    return () => document.removeEventListener("visibilitychange", onHidden);
  }, [unlocked, whenHidden]);
}
