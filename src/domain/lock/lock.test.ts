import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PBKDF2_ITERATIONS } from "../crypto";
import { WrongPasscodeError, boxDataKey, newDataKey, openKeyBox } from "./key-box";
import {
  FREE_TRIES,
  passcodeHint,
  passcodeProblem,
  passcodesLike,
  roughDuration,
  waitAfterWrongTries,
} from "./passcode";
import { makeRowCipher, sealRow } from "./record-cipher";
import { TamperedRowError } from "./tampered";

describe("passcodes", () => {
  it("asks for at least 8 characters, and refuses codes on every guessing list", () => {
    expect(passcodeProblem("   ")).toBe("Enter a new passcode.");
    expect(passcodeProblem("tea at four")).toBeNull();
    expect(passcodeProblem("58203917")).toBeNull();
    expect(passcodeProblem("246810")).toMatch(/at least 8 characters/);
    expect(passcodeProblem("short")).toMatch(/at least 8 characters/);
    for (const easy of [
      "00000000",
      "12345678",
      "87654321",
      "password",
      "qwertyuiop",
      "12121212",
      "abcabcabc",
      "31121990",
      "19901231",
      "aaaa aaaa",
    ]) {
      expect(passcodeProblem(easy), easy).toMatch(/too easy to guess/);
    }
  });

  it("says honestly how long a fast computer with the files would take", () => {
    expect(roughDuration(30)).toBe("less than a minute");
    expect(roughDuration(3 * 60 * 60)).toBe("about 3 hours");
    expect(roughDuration(1e12)).toBe("more than a thousand years");
    // Eight numbers: 100 million codes, hours at 10,000 guesses a second.
    expect(passcodesLike("58203917")).toBe(1e8);
    expect(passcodeHint("58203917")).toMatchObject({ strength: "weak" });
    expect(passcodeHint("58203917")?.message).toContain("about 3 hours");
    // Words: counted as words, not letters.
    expect(passcodesLike("otters by the weir")).toBe(20_000 ** 4);
    expect(passcodeHint("otters by the weir")?.strength).not.toBe("weak");
    expect(passcodeHint("")).toBeNull();
    expect(passcodeHint("12345678")?.message).toMatch(/too easy to guess/);
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
