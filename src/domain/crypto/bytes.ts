/**
 * Byte helpers shared by the crypto code. Web Crypto wants buffers it owns
 * (`Uint8Array<ArrayBuffer>`), so every helper returns exactly that type.
 */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
// fatal: bytes that are not UTF-8 throw instead of turning silently into U+FFFD.
const decoder = new TextDecoder("utf-8", { fatal: true });

export function utf8Bytes(text: string): Bytes {
  return encoder.encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Cryptographically strong random bytes (salts, IVs). */
export function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
