/**
 * Turns the many ways IndexedDB can fail into a few problems a person can act on.
 * Dexie sometimes wraps the browser's error (`inner`), so both levels are checked.
 */
export type StorageProblemKind =
  "full" | "closed" | "unavailable" | "locked" | "lock-changed" | "tampered" | "unknown";

export class StorageProblem extends Error {
  readonly kind: StorageProblemKind;
  constructor(kind: StorageProblemKind, cause?: unknown) {
    super(STORAGE_MESSAGES[kind], { cause });
    this.name = "StorageProblem";
    this.kind = kind;
  }
}

export const STORAGE_MESSAGES: Record<StorageProblemKind, string> = {
  full: "Your device is out of space, so this was not saved. Nothing was changed. Freeing some space (for example old photos or apps) and trying again should work.",
  closed:
    "The app was updated in another tab or window, so it paused saving here. Nothing was lost. Please reload this page to carry on.",
  unavailable:
    "This browser is not letting the app save anything on this device, so nothing was saved. Private or incognito windows often do this.",
  locked:
    "The app locked itself to keep your records private, so nothing was changed. Unlock it with your passcode and try again.",
  tampered:
    "Some of your records on this device were changed outside the app, so they are not shown. Your passcode still works. If you have a backup, restoring it brings them back.",
  "lock-changed":
    "The passcode lock was turned on or off in another tab or window, so this was not saved here. Nothing was changed. Please reload this page, then try again.",
  unknown:
    "Something went wrong while saving, so nothing was changed. Please try again. If it keeps happening, a backup from Settings keeps your records safe.",
};

function names(err: unknown): string[] {
  const out: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === "string") out.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return out;
}

export function toStorageProblem(err: unknown): StorageProblem {
  if (err instanceof StorageProblem) return err;
  const found = names(err);
  if (found.includes("LockedError")) return new StorageProblem("locked", err);
  if (found.includes("LockChangedError")) return new StorageProblem("lock-changed", err);
  if (found.includes("TamperedRowError")) return new StorageProblem("tampered", err);
  if (found.includes("QuotaExceededError")) return new StorageProblem("full", err);
  if (found.includes("DatabaseClosedError") || found.includes("VersionChangeError"))
    return new StorageProblem("closed", err);
  if (
    found.includes("MissingAPIError") ||
    found.includes("InvalidStateError") ||
    found.includes("SecurityError")
  )
    return new StorageProblem("unavailable", err);
  return new StorageProblem("unknown", err);
}

/** Runs a database operation and reports any failure as a StorageProblem. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStorageProblem(err);
  }
}
