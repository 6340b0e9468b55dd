import { create } from "zustand";
import { persist } from "zustand/middleware";

export type ThemeChoice = "system" | "light" | "dark";
export type TextSize = "standard" | "large" | "larger";
export type MotionChoice = "system" | "reduce";

interface AppearanceState {
  theme: ThemeChoice;
  textSize: TextSize;
  motion: MotionChoice;
  setTheme: (theme: ThemeChoice) => void;
  setTextSize: (size: TextSize) => void;
  setMotion: (motion: MotionChoice) => void;
}

/**
 * Appearance lives in localStorage, not IndexedDB, so it can be applied before the
 * first paint (no flash of the wrong theme). It holds nothing personal.
 */
export const useAppearance = create<AppearanceState>()(
  persist(
    (set) => ({
      theme: "system",
      textSize: "standard",
      motion: "system",
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
      setMotion: (motion) => set({ motion }),
    }),
    { name: "hcw-appearance", version: 1 },
  ),
);
