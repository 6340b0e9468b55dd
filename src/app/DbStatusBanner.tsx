import { useSyncExternalStore } from "react";
import { getDbStatus, onDbStatus } from "../db/connection";
import { STORAGE_MESSAGES } from "../db/errors";

/**
 * Explains, in place of a blank page, when the database cannot be used:
 * no IndexedDB (private windows), a full disk, or another tab that upgraded it.
 */
export function DbStatusBanner() {
  const status = useSyncExternalStore(onDbStatus, getDbStatus, getDbStatus);
  if (status === "opening" || status === "ready") return null;
  if (status === "closed-by-other-tab") {
    return (
      <div className="banner problem" role="alert">
        <p>{STORAGE_MESSAGES.closed}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  return (
    <div className="banner problem" role="alert">
      <h2>We can’t save on this device right now</h2>
      <p>{STORAGE_MESSAGES[status === "full" ? "full" : "unavailable"]}</p>
      <p>
        You can still read Help now and Resources. To keep check-ins, try a normal (not private)
        browser window, or install the app to your home screen.
      </p>
    </div>
  );
}
