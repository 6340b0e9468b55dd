import { create } from "zustand";
import { persist } from "zustand/middleware";

export type AutoLockMinutes = 1 | 5 | 15 | null;

interface LockPreferences {
  /** Lock after this long with no taps or keys; null means only when asked. */
  autoLockMinutes: AutoLockMinutes;
  /** Lock as soon as the app is hidden (another app, or the screen goes off). */
  lockWhenHidden: boolean;
  setAutoLockMinutes: (minutes: AutoLockMinutes) => void;
  setLockWhenHidden: (on: boolean) => void;
}

/** How the lock behaves. Nothing personal, so localStorage is fine (and works before unlock). */
export const useLockPreferences = create<LockPreferences>()(
  persist(
    (set) => ({
      autoLockMinutes: 5,
      lockWhenHidden: true,
      setAutoLockMinutes: (autoLockMinutes) => set({ autoLockMinutes }),
      setLockWhenHidden: (lockWhenHidden) => set({ lockWhenHidden }),
    }),
    { name: "hcw-lock-preferences", version: 1 },
  ),
);
