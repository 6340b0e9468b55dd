// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DecryptError,
  InvalidBase64Error,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  base64ToBytes,
  bytesToBase64,
  decryptBytes,
  decryptJson,
  deriveKey,
  encryptBytes,
  encryptJson,
  generateDataKey,
  newSalt,
  openWithPassphrase,
  sealWithPassphrase,
  unwrapDataKey,
  utf8Bytes,
  wrapDataKey,
} from ".";

/** Few iterations keep tests fast; one test below runs the real count. */
const FAST = { iterations: 1_000 };

describe("base64", () => {
  it("gives back the same bytes for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it("matches Node's own base64, including large inputs", () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString("base64"));
    expect(bytesToBase64(new Uint8Array())).toBe("");
  });

  it.each([
    ["QQ=", "multiple of 4"],
    ["QQ==QQ==", "characters base64 never uses"],
    ["Q-Q=", "characters base64 never uses"],
    ["QR==", "last characters"],
    ["QUJD RA==", "multiple of 4"],
  ])("refuses %j", (text, reason) => {
    expect(() => base64ToBytes(text)).toThrow(InvalidBase64Error);
    expect(() => base64ToBytes(text)).toThrow(reason);
  });
});

describe("keys from a passphrase", () => {
  it("uses at least 600,000 PBKDF2 iterations unless told otherwise, and reads no fewer", () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(MIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(MIN_PBKDF2_ITERATIONS).toBeLessThanOrEqual(PBKDF2_ITERATIONS);
  });

  it("the same passphrase and salt give a key that opens what the other locked", async () => {
    const salt = newSalt();
    expect(salt).toHaveLength(16);
    const locked = await encryptJson(await deriveKey("blue kettle", salt, FAST), { a: 1 });
    expect(locked.iv).toHaveLength(12);
    const again = await deriveKey("blue kettle", salt, FAST);
    expect(await decryptJson(again, locked.iv, locked.ciphertext)).toEqual({ a: 1 });
  });

  it("treats the two ways of writing an accented letter as the same passphrase", async () => {
    const salt = newSalt();
    const composed = "caf\u00e9 au lait";
    const decomposed = "cafe\u0301 au lait";
    const locked = await encryptBytes(await deriveKey(composed, salt, FAST), utf8Bytes("hi"));
    const key = await deriveKey(decomposed, salt, FAST);
    expect(await decryptBytes(key, locked.iv, locked.ciphertext)).toEqual(utf8Bytes("hi"));
  });

  it("refuses an iteration count that is not a sensible whole number", async () => {
    for (const iterations of [0, 1.5, -3, 20_000_000]) {
      await expect(deriveKey("x", newSalt(), { iterations })).rejects.toThrow(RangeError);
    }
  });

  it("makes keys that cannot be read back out", async () => {
    const key = await deriveKey("x", newSalt(), FAST);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: "AES-GCM", length: 256 });
  });
});

describe("encryption", () => {
  it("a wrong key, a changed byte or other additional data all fail as DecryptError", async () => {
    const salt = newSalt();
    const key = await deriveKey("right", salt, FAST);
    const aad = utf8Bytes("backup v1");
    const { iv, ciphertext } = await encryptBytes(key, utf8Bytes("private"), aad);
    const wrong = await deriveKey("wrong", salt, FAST);
    await expect(decryptBytes(wrong, iv, ciphertext, aad)).rejects.toThrow(DecryptError);
    const changed = ciphertext.slice();
    changed[0] = changed[0]! ^ 1;
    await expect(decryptBytes(key, iv, changed, aad)).rejects.toThrow(DecryptError);
    await expect(decryptBytes(key, iv, ciphertext, utf8Bytes("backup v2"))).rejects.toThrow(
      DecryptError,
    );
    expect(await decryptBytes(key, iv, ciphertext, aad)).toEqual(utf8Bytes("private"));
  });

  it("never reuses an IV", async () => {
    const key = await deriveKey("x", newSalt(), FAST);
    const first = await encryptBytes(key, utf8Bytes("same"));
    const second = await encryptBytes(key, utf8Bytes("same"));
    expect(first.iv).not.toEqual(second.iv);
    expect(first.ciphertext).not.toEqual(second.ciphertext);
  });

  it("a sealed box records its parameters and opens with the same passphrase", async () => {
    const sealed = await sealWithPassphrase(utf8Bytes("notes"), "pass phrase", FAST);
    expect(sealed).toMatchObject({ kdf: "PBKDF2-SHA256", iterations: 1_000 });
    expect(base64ToBytes(sealed.salt)).toHaveLength(16);
    expect(base64ToBytes(sealed.iv)).toHaveLength(12);
    expect(await openWithPassphrase(sealed, "pass phrase")).toEqual(utf8Bytes("notes"));
    await expect(openWithPassphrase(sealed, "Pass phrase")).rejects.toThrow(DecryptError);
  });

  it("seals with the full iteration count by default", async () => {
    const sealed = await sealWithPassphrase(utf8Bytes("x"), "slow but safe");
    expect(sealed.iterations).toBe(PBKDF2_ITERATIONS);
    expect(await openWithPassphrase(sealed, "slow but safe")).toEqual(utf8Bytes("x"));
  });
});

describe("data keys locked by a passcode (for the app lock)", () => {
  it("a wrapped key unwraps only with the same passcode", async () => {
    const salt = newSalt();
    const usages: KeyUsage[] = ["wrapKey", "unwrapKey"];
    const dataKey = await generateDataKey();
    const lock = await deriveKey("2468", salt, { ...FAST, usages });
    const box = await wrapDataKey(dataKey, lock);
    const record = await encryptJson(dataKey, { note: "kept private" });

    const unlocked = await unwrapDataKey(box, await deriveKey("2468", salt, { ...FAST, usages }));
    expect(unlocked.extractable).toBe(false);
    expect(await decryptJson(unlocked, record.iv, record.ciphertext)).toEqual({
      note: "kept private",
    });
    const wrongLock = await deriveKey("1357", salt, { ...FAST, usages });
    await expect(unwrapDataKey(box, wrongLock)).rejects.toThrow();
  });
});
