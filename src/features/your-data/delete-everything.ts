import { stopReminderWakeUps } from "../../browser/reminder-wake-ups";
import { deleteAllData } from "../../db/backup";
import { DELETED_FLAG, clearAppStorage, clearCaches } from "./clear-device";

/**
 * Delete all my data: every table in one transaction, then the app's own keys in web
 * storage and every cache but the app's files. Then a fresh start at `next` (Home says
 * kindly that it is done; the lock screen's forgotten-passcode path goes to Your data,
 * to restore a backup).
 */
export async function deleteEverything(next: string = "/"): Promise<void> {
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
  window.location.replace(next);
}
