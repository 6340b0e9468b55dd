/**
 * Sealing a stored record with the lock's data key. AES-GCM, done synchronously
 * (@noble/ciphers, an audited library) because IndexedDB commits a transaction as soon
 * as it waits on anything else, such as Web Crypto's promises: a synchronous cipher can
 * run inside the database's own transaction, so a record is never half-written.
 *
 * Only the fields the database needs for keys and ordering stay readable (ids and
 * dates); everything else is in `sealed`. The table name and id are bound in as
 * additional data, so a sealed record cannot be swapped into another row.
 */
import { gcm } from "@noble/ciphers/aes.js";
import { randomBytes, utf8Bytes, utf8Text } from "../crypto";

export const SEALED_VERSION = 1;
const IV_BYTES = 12;

export interface Sealed {
  v: typeof SEALED_VERSION;
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
  const hidden: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (clear.includes(field)) kept[field] = value;
    else hidden[field] = value;
  }
  const iv = randomBytes(IV_BYTES);
  const data = gcm(key, iv, additionalData(table, row[idField])).encrypt(
    utf8Bytes(JSON.stringify(hidden)),
  );
  return { ...kept, sealed: { v: SEALED_VERSION, iv, data } };
}

/** The record as it was before sealing. Plain rows (from before the lock) pass through. */
export function openRow(key: Uint8Array, table: string, idField: string, row: unknown): unknown {
  if (!isSealed(row)) return row;
  const { sealed, ...kept } = row;
  const plain = gcm(key, sealed.iv, additionalData(table, row[idField])).decrypt(sealed.data);
  return { ...(JSON.parse(utf8Text(plain)) as Record<string, unknown>), ...kept };
}

/** A cipher for the database layer that holds the key until it is told to forget it. */
export function makeRowCipher(
  dataKey: Uint8Array,
  keyId: string,
): {
  readonly keyId: string;
  seal(table: string, idField: string, clear: readonly string[], row: object): object;
  open(table: string, idField: string, row: object): unknown;
  forget(): void;
} {
  const key = dataKey;
  return {
    keyId,
    seal: (table, idField, clear, row) =>
      sealRow(key, table, idField, clear, row as Record<string, unknown>),
    open: (table, idField, row) => openRow(key, table, idField, row),
    forget: () => key.fill(0),
  };
}
