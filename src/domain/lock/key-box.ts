/**
 * The lock's data key, and the box that keeps it. The data key is random; the box holds
 * it encrypted with a key made from the passcode (PBKDF2-SHA256, 600,000 rounds), so
 * changing the passcode only re-makes the box, never the records.
 */
import {
  DecryptError,
  KDF_NAME,
  PBKDF2_ITERATIONS,
  base64ToBytes,
  bytesToBase64,
  decryptBytes,
  deriveKey,
  encryptBytes,
  newSalt,
  randomBytes,
} from "../crypto";

export interface KeyBox {
  /** Names the data key inside (see key-id.ts); the same across passcode changes. */
  keyId?: string;
  kdf: typeof KDF_NAME;
  iterations: number;
  salt: string;
  iv: string;
  wrapped: string;
}

export class WrongPasscodeError extends Error {
  constructor() {
    super("That passcode did not work.");
    this.name = "WrongPasscodeError";
  }
}

const DATA_KEY_BYTES = 32;
const KEY_ID_BYTES = 16;

export async function boxDataKey(
  dataKey: Uint8Array,
  passcode: string,
  iterations: number = PBKDF2_ITERATIONS,
  keyId: string = bytesToBase64(randomBytes(KEY_ID_BYTES)),
): Promise<KeyBox> {
  const salt = newSalt();
  const wrappingKey = await deriveKey(passcode, salt, { iterations });
  const { iv, ciphertext } = await encryptBytes(wrappingKey, dataKey);
  return {
    keyId,
    kdf: KDF_NAME,
    iterations,
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
    wrapped: bytesToBase64(ciphertext),
  };
}

/** A new random data key, and its box for this passcode. */
export async function newDataKey(
  passcode: string,
  iterations?: number,
): Promise<{ dataKey: Uint8Array; box: KeyBox }> {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  return { dataKey, box: await boxDataKey(dataKey, passcode, iterations) };
}

/** The data key, or WrongPasscodeError. */
export async function openKeyBox(box: KeyBox, passcode: string): Promise<Uint8Array> {
  const wrappingKey = await deriveKey(passcode, base64ToBytes(box.salt), {
    iterations: box.iterations,
  });
  try {
    return await decryptBytes(wrappingKey, base64ToBytes(box.iv), base64ToBytes(box.wrapped));
  } catch (error) {
    if (error instanceof DecryptError) throw new WrongPasscodeError();
    throw error;
  }
}
