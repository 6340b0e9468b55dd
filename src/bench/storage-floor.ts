/**
 * The storage floor: what the browser needs at the least to move the same records.
 * They are written in ONE raw IndexedDB transaction into a scratch database, read
 * back through a createdAt index, and turned into JSON text (and back). Backup export
 * and restore are reported as ratios to it.
 */
import { exportAllData } from "../db/backup";
import type { BackupData } from "../domain/backup";

const FLOOR_DB = "hcw-bench-floor";

export interface FloorTimes {
  writeMs: number;
  readMs: number;
  /** The check-ins alone, read by date in a transaction of their own: History's "Everything" floor. */
  checkInsReadMs: number;
  stringifyMs: number;
  parseMs: number;
  /** write + read + stringify: the floor the ratios use. */
  totalMs: number;
  records: number;
  bytes: number;
}

function done(request: IDBRequest | IDBOpenDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function keyPathOf(records: readonly object[], fallback: string): string {
  const first = records[0];
  return first && "key" in first && !("id" in first) ? "key" : fallback;
}

/** A fresh scratch database with one store per table, dated ones with a createdAt index. */
async function openScratch(data: BackupData): Promise<IDBDatabase> {
  await done(indexedDB.deleteDatabase(FLOOR_DB));
  const request = indexedDB.open(FLOOR_DB, 1);
  request.onupgradeneeded = () => {
    for (const [name, records] of Object.entries(data) as [string, object[]][]) {
      const keyPath = ["settings", "meta", "contentPacks"].includes(name)
        ? "key"
        : keyPathOf(records, "id");
      const store = request.result.createObjectStore(name, { keyPath });
      if (keyPath === "id") store.createIndex("createdAt", "createdAt");
    }
  };
  await done(request);
  return request.result;
}

function readAll(db: IDBDatabase, names: string[]): Promise<Record<string, unknown[]>> {
  const tx = db.transaction(names, "readonly");
  const out: Record<string, unknown[]> = {};
  return Promise.all(
    names.map(async (name) => {
      const store = tx.objectStore(name);
      const source = store.indexNames.contains("createdAt") ? store.index("createdAt") : store;
      const request = source.getAll();
      await done(request);
      out[name] = request.result as unknown[];
    }),
  ).then(() => out);
}

export async function timeStorageFloor(): Promise<FloorTimes> {
  const data = await exportAllData();
  const names = Object.keys(data);
  const db = await openScratch(data);
  try {
    const writeStarted = performance.now();
    const tx = db.transaction(names, "readwrite");
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const record of data[name as keyof BackupData]) store.put(record);
    }
    await committed(tx);
    const readStarted = performance.now();
    const back = await readAll(db, names);
    const stringifyStarted = performance.now();
    const text = JSON.stringify(back);
    const parseStarted = performance.now();
    JSON.parse(text);
    const parseEnded = performance.now();
    const checkInsStarted = performance.now();
    await readAll(db, ["checkIns"]);
    const checkInsReadMs = performance.now() - checkInsStarted;
    const writeMs = readStarted - writeStarted;
    const readMs = stringifyStarted - readStarted;
    const stringifyMs = parseStarted - stringifyStarted;
    return {
      writeMs,
      readMs,
      checkInsReadMs,
      stringifyMs,
      parseMs: parseEnded - parseStarted,
      totalMs: writeMs + readMs + stringifyMs,
      records: Object.values(back).reduce((sum, list) => sum + list.length, 0),
      bytes: new Blob([text]).size,
    };
  } finally {
    db.close();
    await done(indexedDB.deleteDatabase(FLOOR_DB));
  }
}
