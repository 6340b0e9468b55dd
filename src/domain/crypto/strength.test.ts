import { describe, expect, it } from "vitest";
import { PASSPHRASE_MESSAGES, passphraseStrength } from "./strength";

describe("passphrase strength hint", () => {
  it.each([
    ["", "weak"],
    ["   ", "weak"],
    ["cat", "weak"],
    ["password", "weak"],
    ["Password 1", "weak"],
    ["12345678", "weak"],
    ["abcdefghij", "weak"],
    ["aaaaaaaaaaaaaaaaaaaaaa", "weak"],
    ["sunflower7", "fair"],
    ["my dog Rufus", "fair"],
    ["otter lantern mossy", "strong"],
    ["kettle-rain-window-pine", "strong"],
    ["Tr0ub4dor&3xyz", "strong"],
    ["we walked to the old mill every sunday", "strong"],
  ] as const)("rates %j as %s", (passphrase, strength) => {
    expect(passphraseStrength(passphrase).strength).toBe(strength);
  });

  it("always gives a kind sentence, never a bare rating", () => {
    for (const text of ["", "cat", "sunflower7", "otter lantern mossy"]) {
      const { message } = passphraseStrength(text);
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(Object.values(PASSPHRASE_MESSAGES)).toContain(message);
    }
  });

  it("a longer passphrase built from a weak one is never rated lower", () => {
    const order = { weak: 0, fair: 1, strong: 2 };
    let previous = 0;
    let text = "";
    for (const word of ["river", "stone", "lamp", "orchard", "violet"]) {
      text = text ? `${text} ${word}` : word;
      const level = order[passphraseStrength(text).strength];
      expect(level).toBeGreaterThanOrEqual(previous);
      previous = level;
    }
    expect(previous).toBe(2);
  });
});
