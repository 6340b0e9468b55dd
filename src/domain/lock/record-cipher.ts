/**
 * Sealing a stored record with the lock's data key. AES-GCM, done synchronously
 * (@noble/ciphers, an audited library) because IndexedDB commits a transaction as soon
 * as it waits on anything else, such as Web Crypto's promises: a synchronous cipher can
 * run inside the database's own transaction, so a record is never half-written.
 *
 * The whole record is sealed. Only the fields the database needs for keys and ordering
 * (ids and dates) are also kept readable beside it, and a record is opened only from
 * its sealed copy: a readable field that does not match it, or one that should not be
 * there at all, means the row was changed outside the app (TamperedRowError). The
 * table name and id are bound in as additional data, so a sealed record cannot be
 * swapped into another row.
 */
import { gcm } from "@noble/ciphers/aes.js";
import { randomBytes, utf8Bytes, utf8Text } from "../crypto";
import { TamperedRowError } from "./tampered";

/** 2: the whole record is sealed. 1 (before): only the fields not kept readable. */
export const SEALED_VERSION = 2;
const IV_BYTES = 12;

export interface Sealed {
  v: 1 | typeof SEALED_VERSION;
  iv: Uint8Array;
  data: Uint8Array;
}

export type StoredRow = Record<string, unknown> & { sealed?: Sealed };

function additionalData(table: string, id: unknown): Uint8Array {
  return utf8Bytes(`${table}\u0000${String(id)}`);
}

export function isSealed(row: unknown): row is StoredRow & { sealed: Sealed } {
  return typeof row === "object" && row !== null && "sealed" in row;
}

/** Keeps `clear` fields readable and seals the rest. */
export function sealRow(
  key: Uint8Array,
  table: string,
  idField: string,
  clear: readonly string[],
  row: Record<string, unknown>,
): StoredRow {
  const kept: Record<string, unknown> = {};
  for (const field of clear) if (Object.hasOwn(row, field)) kept[field] = row[field];
  const iv = randomBytes(IV_BYTES);
  const data = gcm(key, iv, additionalData(table, row[idField])).encrypt(
    utf8Bytes(JSON.stringify(row)),
  );
  return { ...kept, sealed: { v: SEALED_VERSION, iv, data } };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The record as it was sealed, from its sealed copy only. The readable fields beside it
 * must be the ones `clear` names, each equal to the sealed copy's (a version 1 row kept
 * them only outside: they must at least be the `clear` ones).
 */
export function openRow(
  key: Uint8Array,
  table: string,
  idField: string,
  clear: readonly string[],
  row: StoredRow & { sealed: Sealed },
): unknown {
  const { sealed, ...kept } = row;
  let inside: Record<string, unknown>;
  try {
    const plain = gcm(key, sealed.iv, additionalData(table, row[idField])).decrypt(sealed.data);
    inside = JSON.parse(utf8Text(plain)) as Record<string, unknown>;
  } catch {
    throw new TamperedRowError(table);
  }
  for (const [field, value] of Object.entries(kept)) {
    if (!clear.includes(field)) throw new TamperedRowError(table);
    if (sealed.v !== 1 && !sameJson(inside[field], value)) throw new TamperedRowError(table);
  }
  return sealed.v === 1 ? { ...inside, ...kept } : inside;
}

/** A cipher for the database layer that holds the key until it is told to forget it. */
export function makeRowCipher(
  dataKey: Uint8Array,
  keyId: string,
): {
  readonly keyId: string;
  seal(table: string, idField: string, clear: readonly string[], row: object): object;
  open(table: string, idField: string, clear: readonly string[], row: object): unknown;
  forget(): void;
} {
  const key = dataKey;
  return {
    keyId,
    seal: (table, idField, clear, row) =>
      sealRow(key, table, idField, clear, row as Record<string, unknown>),
    open: (table, idField, clear, row) => {
      if (!isSealed(row)) throw new TamperedRowError(table);
      return openRow(key, table, idField, clear, row);
    },
    forget: () => key.fill(0),
  };
}
