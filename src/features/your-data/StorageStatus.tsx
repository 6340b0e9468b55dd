import { useCallback, useEffect, useState } from "react";
import { askPersistence, type PersistenceAnswer } from "../../db/persistence";
import { LastBackup } from "./LastBackup";
import { readStorageStatus, type StorageStatus as Status } from "./storage-estimate";

const ASKED: Record<PersistenceAnswer, string> = {
  granted: "Thank you. The browser has agreed to keep your data.",
  "not-granted":
    "The browser said not for now. Browsers often decide by how much you use an app, and may agree later. A backup keeps your records safe either way.",
  unsupported: "This browser cannot be asked. A backup keeps your records safe either way.",
};

function megabytes(value: number): string {
  return value < 1 ? "less than 1 MB" : `about ${value.toLocaleString("en-GB")} MB`;
}

function spaceWords(status: Status): string {
  if (status.usedMB === null) return "This browser does not say how much space the app uses.";
  const used = `The app is using ${megabytes(status.usedMB)}`;
  return status.availableMB === null
    ? `${used}.`
    : `${used}, and ${megabytes(status.availableMB)} more is free for it.`;
}

/** Storage on this device: kept safe or not (and a button to ask), space, last backup. */
export function StorageStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const [asked, setAsked] = useState("");
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((next) => {
      if (live) setStatus(next);
    });
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    setBusy(true);
    try {
      setAsked(ASKED[await askPersistence()]);
    } catch (problem) {
      setAsked((problem as Error).message);
    } finally {
      await refresh();
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="storage-heading" className="section">
      <h2 id="storage-heading">Storage on this device</h2>
      {status === null ? (
        <p className="loading">Checking…</p>
      ) : (
        <>
          <p className="storage-kept">
            {status.persisted === true
              ? "Your browser has agreed to keep this app’s data, even if the device gets low on space."
              : status.persisted === false
                ? "Your browser may clear this app’s data if the device gets very low on space. You can ask it to keep the data, and a backup keeps your records safe."
                : "This browser does not say whether it will keep this app’s data. A backup keeps your records safe."}
          </p>
          {status.persisted === false ? (
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => void ask()}
              >
                Ask the browser to keep my data
              </button>
            </div>
          ) : null}
          <p className="hint" role="status">
            {asked}
          </p>
          <p className="storage-space">{spaceWords(status)}</p>
          <LastBackup />
        </>
      )}
    </section>
  );
}
