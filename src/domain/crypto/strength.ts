/**
 * A gentle hint about how hard a passphrase would be to guess. Not a gate: the person
 * decides. A few plain rules are enough here; a strength library would cost far more
 * download than the hint is worth.
 */
export type PassphraseStrength = "weak" | "fair" | "strong";

export interface PassphraseHint {
  strength: PassphraseStrength;
  message: string;
}

/** Passwords that appear at the top of every leaked-password list, and this app's own words. */
const COMMON = new Set([
  "password",
  "password1",
  "passw0rd",
  "123456",
  "12345678",
  "123456789",
  "1234567890",
  "qwerty",
  "qwerty123",
  "letmein",
  "iloveyou",
  "welcome",
  "admin",
  "monkey",
  "dragon",
  "football",
  "abc123",
  "111111",
  "sunshine",
  "princess",
  "trustno1",
  "changeme",
  "wellbeing",
  "healing",
]);

const RUNS = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"];

export const PASSPHRASE_MESSAGES: Record<PassphraseStrength | "empty", string> = {
  empty:
    "Choose a passphrase. Three or four words that mean something to you are easy to remember and hard to guess.",
  weak: "This would be easy to guess. Three or four words that mean something to you are easier to remember and harder to guess.",
  fair: "This is okay. Another word or two would make it much harder to guess.",
  strong:
    "This looks strong. Keep a note of it somewhere safe: if it is lost, there is no way to reset it.",
};

/** True for text that is one run along the keyboard or the alphabet, like "abcdefgh" or "87654321". */
export function isRun(text: string): boolean {
  if (text.length < 4) return false;
  const backwards = [...text].reverse().join("");
  return RUNS.some((run) => run.includes(text) || run.includes(backwards));
}

/** Text that is on every guessing list: a common password, a run, or two characters. */
export function isCommon(text: string): boolean {
  const compact = text
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/[\s\-_.]/g, "");
  return COMMON.has(compact) || isRun(compact) || new Set(compact).size <= 2;
}

export function passphraseStrength(passphrase: string): PassphraseHint {
  const text = passphrase.normalize("NFC").trim();
  if (text === "") return hint("empty", "weak");
  const lower = text.toLowerCase();
  const compact = lower.replace(/[\s\-_.]/g, "");
  const length = [...text].length;
  const distinct = new Set(compact).size;
  const words = text.split(/[\s\-_.,]+/).filter((word) => word.length >= 2).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((kind) =>
    kind.test(text),
  ).length;

  if (length < 8 || distinct <= 3 || COMMON.has(compact) || isRun(compact)) {
    return hint("weak", "weak");
  }
  // Length beats cleverness: several ordinary words are stronger than a short jumble.
  if (distinct >= 6 && (length >= 20 || (length >= 14 && (words >= 3 || kinds >= 3)))) {
    return hint("strong", "strong");
  }
  return hint("fair", "fair");
}

function hint(key: keyof typeof PASSPHRASE_MESSAGES, strength: PassphraseStrength): PassphraseHint {
  return { strength, message: PASSPHRASE_MESSAGES[key] };
}
