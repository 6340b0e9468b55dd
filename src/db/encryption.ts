/**
 * Encryption at rest for the passcode lock, as a Dexie middleware: every repository
 * reads and writes plain records, and this layer seals them on the way in and opens
 * them on the way out. The cipher itself is handed in when the app is unlocked (so its
 * code loads only for people who use the lock) and dropped when it locks.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from "dexie";

/** Tables whose records are personal. `meta` holds the key box; packs are not personal. */
export const SEALED_TABLES = new Set([
  "checkIns",
  "drafts",
  "planActions",
  "peerCheckIns",
  "supervisionPreps",
  "settings",
]);

export interface RowCipher {
  seal(table: string, idField: string, clear: readonly string[], row: object): object;
  open(table: string, idField: string, row: object): unknown;
  /** Overwrites the key in memory. */
  forget(): void;
}

export class LockedError extends Error {
  constructor() {
    super("The app is locked.");
    this.name = "LockedError";
  }
}

let cipher: RowCipher | null = null;
/** Off while the lock is being turned off, so rows are written back plain. */
let sealing = false;

export function setRowCipher(next: RowCipher | null): void {
  if (cipher && cipher !== next) cipher.forget();
  cipher = next;
}

export function setSealing(on: boolean): void {
  sealing = on;
}

export function hasRowCipher(): boolean {
  return cipher !== null;
}

function isSealed(row: unknown): row is object {
  return typeof row === "object" && row !== null && "sealed" in row;
}

function sealedTable(table: DBCoreTable, name: string): DBCoreTable {
  const idField = String(table.schema.primaryKey.keyPath);
  const clear = [idField, ...table.schema.indexes.map((index) => String(index.keyPath))];
  const open = (row: unknown): unknown => {
    if (!isSealed(row)) return row;
    if (!cipher) throw new LockedError();
    return cipher.open(name, idField, row);
  };
  const openCursor = (cursor: DBCoreCursor): DBCoreCursor =>
    Object.create(cursor, {
      value: { get: () => open(cursor.value) },
    }) as DBCoreCursor;

  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if ((req.type === "add" || req.type === "put") && cipher && sealing) {
        const active = cipher;
        const values = req.values.map((value) =>
          active.seal(name, idField, clear, value as object),
        );
        return table.mutate({ ...req, values } as DBCoreMutateRequest);
      }
      return table.mutate(req);
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
    table: (name) => {
      const table = down.table(name);
      return SEALED_TABLES.has(name) ? sealedTable(table, name) : table;
    },
  }),
};
