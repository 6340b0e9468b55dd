import { getDb } from "./database";
import { toStorageProblem, type StorageProblemKind } from "./errors";

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
 * connection closes itself (so the other tab is not blocked) and asks for a reload.
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
    setStatus("ready");
  } catch (err) {
    const problem = toStorageProblem(err);
    setStatus(problem.kind === "unknown" ? "unavailable" : problem.kind);
  }
  return status;
}
