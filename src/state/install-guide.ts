import { useEffect } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { installPlatform, type InstallPlatform } from "../domain/install/guide";

/** Chromium's install offer: kept until the person taps Install. Not in TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
}

interface InstallGuideState {
  /** The Home card was put away: from then on it shows only in Settings. */
  dismissed: boolean;
  dismiss: () => void;
  offer: InstallPromptEvent | null;
  setOffer: (offer: InstallPromptEvent | null) => void;
}

export const useInstallGuide = create<InstallGuideState>()(
  persist(
    (set) => ({
      dismissed: false,
      dismiss: () => set({ dismissed: true }),
      offer: null,
      setOffer: (offer) => set({ offer }),
    }),
    {
      name: "hcw-install-guide",
      version: 1,
      partialize: (state) => ({ dismissed: state.dismissed }),
    },
  ),
);

/** Keeps the browser's own install offer (Android, desktop Chromium) for the guide's button. */
export function useCaptureInstallOffer(): void {
  useEffect(() => {
    const keep = (event: Event) => {
      event.preventDefault();
      useInstallGuide.getState().setOffer(event as InstallPromptEvent);
    };
    const installed = () => useInstallGuide.getState().setOffer(null);
    window.addEventListener("beforeinstallprompt", keep);
    window.addEventListener("appinstalled", installed);
    return () => {
      window.removeEventListener("beforeinstallprompt", keep);
      window.removeEventListener("appinstalled", installed);
    };
  }, []);
}

export function currentPlatform(): InstallPlatform {
  const standalone =
    window.matchMedia?.("(display-mode: standalone)").matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return installPlatform(navigator.userAgent, standalone);
}
