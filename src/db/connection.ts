import { getDb } from "./database";
import { toStorageProblem, type StorageProblemKind } from "./errors";
import { setNewerCopyFound } from "./newer-copy";
import { LATEST_VERSION } from "./schema";

export type DbStatus = "opening" | "ready" | "closed-by-other-tab" | StorageProblemKind;

type Listener = (status: DbStatus) => void;
const listeners = new Set<Listener>();
let status: DbStatus = "opening";

function setStatus(next: DbStatus): void {
  status = next;
  for (const listener of listeners) listener(next);
}

export function getDbStatus(): DbStatus {
  return status;
}

export function onDbStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Opens the database once at start. When another tab opens a newer version, this
 * connection closes itself (so the other tab is not blocked) and asks for a reload. It
 * also asks for a reload when it finds the database already upgraded by a newer copy.
 */
export async function openDatabase(): Promise<DbStatus> {
  if (typeof indexedDB === "undefined") {
    setStatus("unavailable");
    return status;
  }
  const db = getDb();
  db.on("versionchange", () => {
    db.close();
    setStatus("closed-by-other-tab");
    return false;
  });
  try {
    await db.open();
    // Dexie keeps versions ×10 in IndexedDB, and may add one when it adapts a newer one.
    if (Math.floor(db.backendDB().version / 10) > LATEST_VERSION) {
      // A newer copy of the app upgraded this database (Dexie 4 opens it anyway). This
      // older copy would not know the newer tables, so a backup or delete-all from here
      // would miss them: ask for a reload, as when another tab upgrades. The connection
      // stays open so the screens (and Help now) still draw and read; every write is
      // refused (src/db/newer-copy.ts).
      setNewerCopyFound(true);
      setStatus("closed-by-other-tab");
      return status;
    }
    setNewerCopyFound(false);
    setStatus("ready");
  } catch (err) {
    const problem = toStorageProblem(err);
    setStatus(problem.kind === "unknown" ? "unavailable" : problem.kind);
  }
  return status;
}
