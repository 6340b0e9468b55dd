/**
 * Standard base64 (RFC 4648, with padding) for bytes, as stored in backup files and
 * the lock record. Decoding is strict: a file that was edited by hand or damaged in
 * transit is refused here rather than producing different bytes.
 *
 * Browsers that have `Uint8Array.prototype.toBase64` and `Uint8Array.fromBase64`
 * (Chromium 140+, Firefox 133+, Safari 18.2+) do the work natively, which is many
 * times faster on a large protected backup. Elsewhere (and in Node for the unit tests)
 * the portable code below does the same job with the same rules.
 */
import type { Bytes } from "./bytes";

/** btoa/atob take binary strings; this many bytes at a time keeps the argument list small. */
const CHUNK = 0x8000;
const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

export class InvalidBase64Error extends Error {
  constructor(reason: string) {
    super(`This is not base64 text: ${reason}.`);
    this.name = "InvalidBase64Error";
  }
}

interface NativeBase64 {
  fromBase64(text: string, options: { lastChunkHandling: "strict" }): Uint8Array<ArrayBuffer>;
}
interface NativeBytes {
  toBase64(): string;
}

const native = Uint8Array as unknown as Partial<NativeBase64>;
const hasNative =
  typeof native.fromBase64 === "function" &&
  typeof (Uint8Array.prototype as unknown as Partial<NativeBytes>).toBase64 === "function";

export function bytesToBase64(bytes: Uint8Array): string {
  if (hasNative) return (bytes as unknown as NativeBytes).toBase64();
  return portableBytesToBase64(bytes);
}

/** Throws InvalidBase64Error for anything other than canonical, padded base64. */
export function base64ToBytes(text: string): Bytes {
  // The built-in decoder skips spaces and line breaks, so the shape is checked here first.
  if (text.length % 4 !== 0) throw new InvalidBase64Error("its length is not a multiple of 4");
  if (!ALPHABET.test(text)) throw new InvalidBase64Error("it holds characters base64 never uses");
  if (!hasNative) return portableBase64ToBytes(text);
  try {
    // "strict" refuses stray bits in the last character, as the portable check does.
    return native.fromBase64!(text, { lastChunkHandling: "strict" });
  } catch {
    throw new InvalidBase64Error("its last characters are wrong");
  }
}

/** The portable encoder, exported for the unit tests. */
export function portableBytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** The portable decoder, for text that has passed the shape checks above. */
export function portableBase64ToBytes(text: string): Bytes {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new InvalidBase64Error("it could not be decoded");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  // atob ignores stray bits in the last character ("QR==" and "QQ==" give the same byte):
  // re-encoding proves the text is the one way of writing these bytes.
  if (portableBytesToBase64(bytes) !== text) {
    throw new InvalidBase64Error("its last characters are wrong");
  }
  return bytes;
}
