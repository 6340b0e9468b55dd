/**
 * Encryption at rest for the passcode lock, as a Dexie middleware: every repository
 * reads and writes plain records, and this layer seals them on the way in and opens
 * them on the way out. The cipher itself is handed in when the app is unlocked (so its
 * code loads only for people who use the lock) and dropped when it locks.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from "dexie";
import { keyIdOf } from "../domain/lock/key-id";
import { TamperedRowError } from "../domain/lock/tampered";
import { tablesWith } from "../domain/tables";

/** The meta row holding the lock's key box (none while the lock is off). */
export const LOCK_META = "lock";

/** Tables whose records are personal: `sealed` in src/domain/tables.ts. */
export const SEALED_TABLES: ReadonlySet<string> = new Set(tablesWith("sealed"));

export interface RowCipher {
  /** The id of the data key it holds (see src/domain/lock/key-id.ts). */
  readonly keyId: string;
  seal(table: string, idField: string, clear: readonly string[], row: object): object;
  /** Throws TamperedRowError for a row that is not what the app sealed. */
  open(table: string, idField: string, clear: readonly string[], row: object): unknown;
  /** Overwrites the key in memory. */
  forget(): void;
}

export class LockedError extends Error {
  constructor() {
    super("The app is locked.");
    this.name = "LockedError";
  }
}

/**
 * This tab's idea of the lock no longer matches the device's: another tab turned it on
 * or off (or a message between tabs was missed). The write is refused, never sealed
 * with a key that is not the device's, and never written in clear under the lock.
 */
export class LockChangedError extends Error {
  constructor() {
    super("The lock was changed in another tab.");
    this.name = "LockChangedError";
  }
}

let cipher: RowCipher | null = null;
/** Off while the lock is being turned off, so rows are written back plain. */
let sealing = false;
/** The lock is on (locked or unlocked): every personal row must be sealed. */
let lockOn = false;

export function setRowCipher(next: RowCipher | null): void {
  if (cipher && cipher !== next) cipher.forget();
  cipher = next;
}

export function setSealing(on: boolean): void {
  sealing = on;
}

export function setLockOn(on: boolean): void {
  lockOn = on;
}

export function hasRowCipher(): boolean {
  return cipher !== null;
}

function isSealed(row: unknown): row is object {
  return typeof row === "object" && row !== null && "sealed" in row;
}

/** The key this tab writes with: null means plain rows. */
function writingKeyId(): string | null {
  return sealing && cipher ? cipher.keyId : null;
}

function sealedTable(table: DBCoreTable, name: string, meta: DBCoreTable): DBCoreTable {
  const idField = String(table.schema.primaryKey.keyPath);
  const clear = [idField, ...table.schema.indexes.map((index) => String(index.keyPath))];
  const open = (row: unknown): unknown => {
    if (row === undefined) return row; // no row with that key
    if (!isSealed(row)) {
      // Plain rows are from before the lock; while it is on, one was put here by hand.
      if (lockOn) throw new TamperedRowError(name);
      return row;
    }
    if (!cipher) throw new LockedError();
    return cipher.open(name, idField, clear, row);
  };
  const openCursor = (cursor: DBCoreCursor): DBCoreCursor =>
    Object.create(cursor, {
      value: { get: () => open(cursor.value) },
    }) as DBCoreCursor;

  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== "add" && req.type !== "put") return table.mutate(req);
      // Read in the same transaction as the write (see `transaction` below), so no other
      // tab can turn the lock on or off between the check and the write.
      return meta.get({ trans: req.trans, key: LOCK_META }).then((row: unknown) => {
        const stored = keyIdOf((row as { value?: unknown } | undefined)?.value);
        if (stored !== writingKeyId()) throw new LockChangedError();
        const active = stored === null ? null : cipher;
        if (!active) return table.mutate(req);
        const values = req.values.map((value) =>
          active.seal(name, idField, clear, value as object),
        );
        return table.mutate({ ...req, values } as DBCoreMutateRequest);
      });
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openCursor(cursor) : cursor)),
  };
}

export const encryptionMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "record-encryption",
  create: (down) => ({
    ...down,
    // Every write to a personal table also opens `meta`, where the key box is.
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === "readwrite" &&
          !stores.includes("meta") &&
          stores.some((store) => SEALED_TABLES.has(store))
          ? [...stores, "meta"]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      return SEALED_TABLES.has(name) ? sealedTable(table, name, down.table("meta")) : table;
    },
  }),
};
