/**
 * Standard base64 (RFC 4648, with padding) for bytes, as stored in backup files and
 * the lock record. Decoding is strict: a file that was edited by hand or damaged in
 * transit is refused here rather than producing different bytes.
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

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Throws InvalidBase64Error for anything other than canonical, padded base64. */
export function base64ToBytes(text: string): Bytes {
  if (text.length % 4 !== 0) throw new InvalidBase64Error("its length is not a multiple of 4");
  if (!ALPHABET.test(text)) throw new InvalidBase64Error("it holds characters base64 never uses");
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
  if (bytesToBase64(bytes) !== text) throw new InvalidBase64Error("its last characters are wrong");
  return bytes;
}
