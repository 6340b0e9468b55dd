/**
 * What the browser says about this app's storage. These are browser calls, not
 * IndexedDB, so they live here rather than in src/db. Every one is optional in the
 * standard, so each answer may be "unknown" (null).
 */
export interface StorageStatus {
  /** True when the browser has agreed not to clear the data to free space; null if it cannot say. */
  persisted: boolean | null;
  /** Space this site uses, in whole megabytes; null if the browser cannot say. */
  usedMB: number | null;
  /** Space still free for this site, in whole megabytes; null if the browser cannot say. */
  availableMB: number | null;
}

const MB = 1024 * 1024;

/** Bytes to whole megabytes, rounded (so 0.4 MB is 0: the screen says "less than 1 MB"). */
export function toMegabytes(bytes: number): number {
  return Math.round(bytes / MB);
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  let persisted: boolean | null = null;
  let usedMB: number | null = null;
  let availableMB: number | null = null;
  try {
    if (storage?.persisted) persisted = await storage.persisted();
  } catch {
    persisted = null;
  }
  try {
    if (storage?.estimate) {
      const { usage, quota } = await storage.estimate();
      if (typeof usage === "number") usedMB = toMegabytes(usage);
      if (typeof usage === "number" && typeof quota === "number") {
        availableMB = toMegabytes(Math.max(0, quota - usage));
      }
    }
  } catch {
    usedMB = null;
    availableMB = null;
  }
  return { persisted, usedMB, availableMB };
}
