import { useEffect, useRef, useState } from "react";
import { useRegisterSW } from "virtual:pwa-register/react";
import { saveAllUnsavedWork } from "../browser/unsaved-work";

const HOUR = 60 * 60 * 1000;

/**
 * When a new version is ready, offer it politely. Nothing reloads under the person:
 * they choose when, and anything a form holds is saved first.
 */
export function UpdateBanner() {
  const [updating, setUpdating] = useState(false);
  const reloading = useRef(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      };
      window.setInterval(check, HOUR);
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") check();
      });
    },
  });

  useEffect(() => {
    if (!updating || !("serviceWorker" in navigator)) return;
    // After the very first update some browsers do not reload by themselves.
    const onChange = () => {
      if (reloading.current) return;
      reloading.current = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onChange);
    return () => navigator.serviceWorker.removeEventListener("controllerchange", onChange);
  }, [updating]);

  if (!needRefresh) return null;
  return (
    <div className="banner info" role="status" aria-live="polite">
      <p>A new version of the app is ready. Anything you have typed will be kept.</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={updating}
          onClick={async () => {
            setUpdating(true);
            await saveAllUnsavedWork();
            await updateServiceWorker(true);
          }}
        >
          {updating ? "Updating…" : "Update now"}
        </button>
        <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  );
}
