import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PBKDF2_ITERATIONS } from "../crypto";
import { WrongPasscodeError, boxDataKey, newDataKey, openKeyBox } from "./key-box";
import { FREE_TRIES, passcodeProblem, waitAfterWrongTries } from "./passcode";
import { makeRowCipher, sealRow } from "./record-cipher";
import { TamperedRowError } from "./tampered";

describe("passcodes", () => {
  it("accepts six or more numbers, or a phrase of eight or more characters", () => {
    expect(passcodeProblem("123456")).toBeNull();
    expect(passcodeProblem("tea at four")).toBeNull();
    expect(passcodeProblem("12345")).toMatch(/at least 6 numbers/);
    expect(passcodeProblem("short")).toMatch(/8 or more characters/);
  });

  it("lets the first few wrong tries go at once, then waits longer each time, up to a limit", () => {
    expect(waitAfterWrongTries(FREE_TRIES - 1)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (tries) => {
        const wait = waitAfterWrongTries(tries);
        return wait >= waitAfterWrongTries(Math.max(0, tries - 1)) && wait <= 5 * 60_000;
      }),
    );
  });
});

describe("the key box", () => {
  it("uses at least 600,000 PBKDF2 rounds unless told otherwise", async () => {
    const box = await boxDataKey(new Uint8Array(32), "246810");
    expect(box.iterations).toBe(PBKDF2_ITERATIONS);
    expect(box.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it("opens only with the right passcode", async () => {
    const { dataKey, box } = await newDataKey("246810", 1_000);
    expect(await openKeyBox(box, "246810")).toEqual(dataKey);
    await expect(openKeyBox(box, "246811")).rejects.toBeInstanceOf(WrongPasscodeError);
  });
});

describe("sealed records", () => {
  const key = new Uint8Array(32).fill(7);

  it("open to exactly what was sealed, whatever the record holds", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.jsonValue(), (id, value) => {
        const cipher = makeRowCipher(new Uint8Array(key), "k1");
        const row = { id, createdAt: "2026-11-01", body: value };
        const sealed = cipher.seal("checkIns", "id", ["id", "createdAt"], row);
        expect(cipher.open("checkIns", "id", ["id", "createdAt"], sealed)).toEqual(
          JSON.parse(JSON.stringify(row)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("cannot be moved to another row or table", () => {
    const cipher = makeRowCipher(new Uint8Array(key), "k1");
    const sealed = sealRow(key, "checkIns", "id", ["id"], { id: "a", note: "x" });
    expect(() => cipher.open("checkIns", "id", ["id"], { ...sealed, id: "b" })).toThrow(
      TamperedRowError,
    );
    expect(() => cipher.open("drafts", "id", ["id"], sealed)).toThrow(TamperedRowError);
  });

  it("are opened only from the sealed copy: readable fields added or changed are refused", () => {
    const cipher = makeRowCipher(new Uint8Array(key), "k1");
    const clear = ["id", "createdAt"];
    const row = { id: "a", createdAt: "2026-11-01T09:00:00.000Z", note: "mine" };
    const sealed = cipher.seal("checkIns", "id", clear, row) as Record<string, unknown>;
    expect(sealed).not.toHaveProperty("note");
    expect(cipher.open("checkIns", "id", clear, sealed)).toEqual(row);
    const added = { ...sealed, note: "written by someone else" };
    expect(() => cipher.open("checkIns", "id", clear, added)).toThrow(TamperedRowError);
    const moved = { ...sealed, createdAt: "2030-01-01T09:00:00.000Z" };
    expect(() => cipher.open("checkIns", "id", clear, moved)).toThrow(TamperedRowError);
    expect(() => cipher.open("checkIns", "id", clear, row)).toThrow(TamperedRowError);
  });

  it("forgets its key when told to", () => {
    const secret = new Uint8Array(key);
    const cipher = makeRowCipher(secret, "k1");
    cipher.forget();
    expect(secret.every((byte) => byte === 0)).toBe(true);
  });
});
