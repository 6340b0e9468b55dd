/**
 * Web Crypto helpers shared by backups (passphrase) and the passcode lock.
 * Works wherever `globalThis.crypto.subtle` exists: browsers (secure contexts) and Node 20.
 */
export { InvalidBase64Error, base64ToBytes, bytesToBase64 } from "./base64";
export { randomBytes, utf8Bytes, utf8Text, type Bytes } from "./bytes";
export {
  AES_KEY_BITS,
  IV_BYTES,
  KDF_NAME,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  deriveKey,
  generateDataKey,
  newIv,
  newSalt,
  unwrapDataKey,
  wrapDataKey,
  type DeriveKeyOptions,
  type WrappedKey,
} from "./keys";
export {
  DecryptError,
  decryptBytes,
  decryptJson,
  encryptBytes,
  encryptJson,
  openWithPassphrase,
  sealWithPassphrase,
  type Encrypted,
  type PassphraseSealed,
  type SealOptions,
} from "./cipher";
export {
  PASSPHRASE_MESSAGES,
  passphraseStrength,
  type PassphraseHint,
  type PassphraseStrength,
} from "./strength";
