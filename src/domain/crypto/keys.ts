/**
 * Keys from a passphrase or passcode: PBKDF2-SHA256 into AES-256-GCM. Shared by the
 * backup passphrase and the passcode lock, so both follow the same, reviewed rules.
 * Uses only `globalThis.crypto.subtle`, present in browsers and in Node 20.
 */
import { randomBytes, utf8Bytes, type Bytes } from "./bytes";

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. Stored beside every salt, so it can rise later. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Fewest rounds accepted when reading stored data. Kept apart from PBKDF2_ITERATIONS so
 * that raising what we write never locks people out of what they saved before.
 */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Most iterations we will run for a stored record: a damaged or hostile file cannot stall the app for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const KDF_NAME = "PBKDF2-SHA256";
export const SALT_BYTES = 16;
/** 96-bit IVs are what AES-GCM is designed for; a fresh random one for every encryption. */
export const IV_BYTES = 12;
export const AES_KEY_BITS = 256;

export function newSalt(): Bytes {
  return randomBytes(SALT_BYTES);
}

export function newIv(): Bytes {
  return randomBytes(IV_BYTES);
}

export interface DeriveKeyOptions {
  /** Defaults to PBKDF2_ITERATIONS. Tests pass fewer to stay fast; stored data never should. */
  iterations?: number;
  /** ["encrypt", "decrypt"] for data; ["wrapKey", "unwrapKey"] for a key that locks another key. */
  usages?: KeyUsage[];
}

function checkIterations(iterations: number): void {
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(
      `PBKDF2 iterations must be a whole number from 1 to ${MAX_PBKDF2_ITERATIONS}.`,
    );
  }
}

/**
 * Derives a non-extractable AES-GCM key from a passphrase. The passphrase is NFC
 * normalised first, so the same words typed on different devices (macOS writes some
 * accented letters as two code points) give the same key.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  options: DeriveKeyOptions = {},
): Promise<CryptoKey> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  checkIterations(iterations);
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    "raw",
    utf8Bytes(passphrase.normalize("NFC")),
    "PBKDF2",
    false,
    ["deriveKey"],
  );
  return subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(salt), iterations },
    material,
    { name: "AES-GCM", length: AES_KEY_BITS },
    false,
    options.usages ?? ["encrypt", "decrypt"],
  );
}

/**
 * A random key for encrypting records. It is extractable only so that it can be wrapped
 * by a passcode key (wrapDataKey); after unwrapping it is not extractable at all.
 */
export function generateDataKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: "AES-GCM", length: AES_KEY_BITS }, true, [
    "encrypt",
    "decrypt",
  ]);
}

export interface WrappedKey {
  iv: Bytes;
  wrapped: Bytes;
}

/** Locks a data key with a key derived (usages wrapKey/unwrapKey) from a passcode. */
export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<WrappedKey> {
  const iv = newIv();
  const wrapped = await globalThis.crypto.subtle.wrapKey("raw", dataKey, wrappingKey, {
    name: "AES-GCM",
    iv,
  });
  return { iv, wrapped: new Uint8Array(wrapped) };
}

/** Unlocks a data key; rejects (DOMException OperationError) when the passcode key is wrong. */
export function unwrapDataKey(box: WrappedKey, wrappingKey: CryptoKey): Promise<CryptoKey> {
  return globalThis.crypto.subtle.unwrapKey(
    "raw",
    box.wrapped,
    wrappingKey,
    { name: "AES-GCM", iv: box.iv },
    { name: "AES-GCM", length: AES_KEY_BITS },
    false,
    ["encrypt", "decrypt"],
  );
}
