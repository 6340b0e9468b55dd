/**
 * An older copy of the app (a tab left open, a cached version) that finds the database
 * already upgraded by a newer copy may read, so its screens and Help now still draw, but
 * never write: it does not know the newer tables, so a delete-all or a restore from it
 * would leave records behind, and its records might miss the newer fields. Every write
 * is refused here, in one place, with the message that asks for a reload.
 */
import type { DBCore, Middleware } from "dexie";

let newerCopyFound = false;

/** Set by openDatabase (src/db/connection.ts) when it finds a newer database. */
export function setNewerCopyFound(found: boolean): void {
  newerCopyFound = found;
}

/** Named as Dexie names a closed database, so it reads as "please reload" (src/db/errors.ts). */
export class NewerCopyError extends Error {
  constructor() {
    super("A newer copy of the app has upgraded this database: this copy may not save.");
    this.name = "DatabaseClosedError";
  }
}

export const newerCopyGuard: Middleware<DBCore> = {
  stack: "dbcore",
  name: "newer-copy-guard",
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          newerCopyFound ? Promise.reject(new NewerCopyError()) : table.mutate(request),
      };
    },
  }),
};
