/**
 * AES-GCM encryption of bytes and JSON, and a passphrase-sealed box that carries its
 * own salt, IV and iteration count (the form a backup file stores).
 * AES-GCM authenticates as well as hides: a wrong key and a changed byte fail the same
 * way, so DecryptError cannot (and does not try to) say which happened.
 */
import { base64ToBytes, bytesToBase64 } from "./base64";
import { utf8Bytes, utf8Text, type Bytes } from "./bytes";
import { KDF_NAME, PBKDF2_ITERATIONS, deriveKey, newIv, newSalt } from "./keys";

export class DecryptError extends Error {
  constructor(cause?: unknown) {
    super("These bytes could not be decrypted with this key, or they were changed.", { cause });
    this.name = "DecryptError";
  }
}

export interface Encrypted {
  iv: Bytes;
  ciphertext: Bytes;
}

/**
 * `additionalData` is authenticated but not hidden: it binds the ciphertext to its
 * context (for example the file type and version), so it cannot be moved elsewhere.
 */
export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Encrypted> {
  const iv = newIv();
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    gcm(iv, additionalData),
    key,
    new Uint8Array(plaintext),
  );
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Throws DecryptError for a wrong key or any change to the IV, ciphertext or additional data. */
export async function decryptBytes(
  key: CryptoKey,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Bytes> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      gcm(new Uint8Array(iv), additionalData),
      key,
      new Uint8Array(ciphertext),
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new DecryptError(error);
  }
}

export function encryptJson(
  key: CryptoKey,
  value: unknown,
  additionalData?: Uint8Array,
): Promise<Encrypted> {
  return encryptBytes(key, utf8Bytes(JSON.stringify(value)), additionalData);
}

/**
 * Decrypts and parses JSON. Only for data this app wrote itself: input from a file must
 * also be checked as plain data (see the backup reader) before it is used.
 */
export async function decryptJson(
  key: CryptoKey,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<unknown> {
  return JSON.parse(utf8Text(await decryptBytes(key, iv, ciphertext, additionalData))) as unknown;
}

/** A passphrase-protected value, as text fields ready for a JSON file. */
export interface PassphraseSealed {
  kdf: typeof KDF_NAME;
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
}

export interface SealOptions {
  /** Defaults to PBKDF2_ITERATIONS; recorded in the box. */
  iterations?: number;
  additionalData?: Uint8Array;
}

/** Encrypts bytes under a fresh salt and IV with a key from the passphrase. */
export async function sealWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  options: SealOptions = {},
): Promise<PassphraseSealed> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, { iterations });
  const { iv, ciphertext } = await encryptBytes(key, plaintext, options.additionalData);
  return {
    kdf: KDF_NAME,
    iterations,
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(ciphertext),
  };
}

/**
 * Opens a sealed box. Throws InvalidBase64Error when a field is not base64, RangeError for
 * an iteration count out of range, and DecryptError for a wrong passphrase or changed bytes.
 */
export async function openWithPassphrase(
  sealed: PassphraseSealed,
  passphrase: string,
  additionalData?: Uint8Array,
): Promise<Bytes> {
  const salt = base64ToBytes(sealed.salt);
  const iv = base64ToBytes(sealed.iv);
  const ciphertext = base64ToBytes(sealed.ciphertext);
  const key = await deriveKey(passphrase, salt, { iterations: sealed.iterations });
  return decryptBytes(key, iv, ciphertext, additionalData);
}

function gcm(iv: Uint8Array, additionalData?: Uint8Array): AesGcmParams {
  return additionalData
    ? { name: "AES-GCM", iv: new Uint8Array(iv), additionalData: new Uint8Array(additionalData) }
    : { name: "AES-GCM", iv: new Uint8Array(iv) };
}
