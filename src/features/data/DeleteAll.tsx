import { stopReminderWakeUps } from "../../components/reminder-wake-ups";
import { useState } from "react";
import { deleteAllData } from "../../db/backup";
import { DELETED_FLAG, clearAppStorage, clearCaches } from "./clear-device";
import { DeleteConfirm } from "./DeleteConfirm";

/**
 * Delete all my data: every table in one transaction, then the app's own keys in web
 * storage and every cache but the app's files. Then a fresh start on Home, which says
 * kindly that it is done.
 */
async function deleteEverything(): Promise<void> {
  // Nothing of the app may go on waking up the phone afterwards.
  await stopReminderWakeUps();
  await deleteAllData();
  clearAppStorage();
  try {
    await clearCaches();
  } catch {
    // Caches hold no records (see clear-device.ts); the records themselves are gone.
  }
  sessionStorage.setItem(DELETED_FLAG, "1");
  window.location.replace("/");
}

export function DeleteAll() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");

  const confirm = async () => {
    setBusy(true);
    setProblem("");
    try {
      await deleteEverything();
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-heading" className="section">
      <h2 id="delete-heading">Delete all my data</h2>
      <p>
        This removes everything this app keeps on this device: check-ins, your plan, peer check-ins,
        supervision notes, settings and content packs. It cannot be undone.
      </p>
      {problem ? (
        <p className="callout" role="alert">
          {problem}
        </p>
      ) : null}
      {open ? (
        <DeleteConfirm
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setOpen(true)}>
            Delete all my data…
          </button>
        </div>
      )}
    </section>
  );
}
