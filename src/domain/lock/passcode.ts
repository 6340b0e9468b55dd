/**
 * Rules for the passcode lock that need no crypto: what counts as a passcode, how hard
 * one is to guess, and how long to wait after wrong tries. Wrong tries slow down; they
 * never wipe anything.
 */
import { isCommon, passphraseStrength, type PassphraseStrength } from "../crypto/strength";

export const MIN_PASSCODE = 8;

/** The rule, shown as the hint before anything is typed. */
export const PASSCODE_RULE = `Use at least ${MIN_PASSCODE} characters. A few words you will remember are best.`;

/** A short block repeated (12121212, abcabcab) or a date written as numbers (31121990). */
function isPattern(text: string): boolean {
  for (let size = 1; size <= 4; size++) {
    const unit = text.slice(0, size);
    if (text.length > size && unit.repeat(Math.ceil(text.length / size)).startsWith(text)) {
      return true;
    }
  }
  const date = /^(\d{2})(\d{2})(19|20)\d{2}$|^(19|20)\d{2}(\d{2})(\d{2})$/.exec(text);
  return date !== null;
}

/** Null when the passcode is fine, else a kind sentence saying what to change. */
export function passcodeProblem(passcode: string): string | null {
  const text = passcode.trim();
  if (text === "") return "Enter a new passcode.";
  if ([...text].length < MIN_PASSCODE) {
    return `This passcode is too short. It needs at least ${MIN_PASSCODE} characters.`;
  }
  if (isCommon(text) || isPattern(text.replace(/\s/g, ""))) {
    return "That one is too easy to guess (a common code, a run like 12345678, a repeat or a date). Please choose another.";
  }
  return null;
}

/**
 * Guesses a second that someone with a copy of the browser's files and a gaming
 * graphics card can try at 600,000 PBKDF2 rounds (public benchmarks: about 10,000).
 * On this project's 2-core test machine it was about 6. The in-app wait does not slow
 * them at all: only the passcode's length does.
 */
export const OFFLINE_GUESSES_PER_SECOND = 10_000;
/** Rough size of the vocabulary people choose words from. */
const WORDS = 20_000;

/** How many passcodes like this one there are, roughly (what a guesser must get through). */
export function passcodesLike(passcode: string): number {
  const text = passcode.trim();
  const kinds = [
    [/[0-9]/, 10],
    [/[a-z]/, 26],
    [/[A-Z]/, 26],
    [/[^A-Za-z0-9]/, 33],
  ] as const;
  const alphabet = kinds.reduce((sum, [kind, size]) => (kind.test(text) ? sum + size : sum), 0);
  const byLetters = Math.max(alphabet, 1) ** [...text].length;
  const words = text.split(/\s+/).filter((word) => word.length >= 2).length;
  return words >= 2 ? Math.min(byLetters, WORDS ** words) : byLetters;
}

const UNITS = [
  [60 * 60 * 24 * 365, "year"],
  [60 * 60 * 24, "day"],
  [60 * 60, "hour"],
  [60, "minute"],
] as const;

/** "about 3 hours", "about 40 years", "more than a thousand years". */
export function roughDuration(seconds: number): string {
  if (seconds >= 1_000 * UNITS[0][0]) return "more than a thousand years";
  for (const [size, name] of UNITS) {
    if (seconds >= size) {
      const count = Math.round(seconds / size);
      return `about ${count} ${name}${count === 1 ? "" : "s"}`;
    }
  }
  return "less than a minute";
}

export interface PasscodeHint {
  strength: PassphraseStrength;
  message: string;
}

/** A gentle, honest hint shown while a new passcode is typed. */
export function passcodeHint(passcode: string): PasscodeHint | null {
  if (passcode.trim() === "") return null;
  if ([...passcode.trim()].length < MIN_PASSCODE)
    return { strength: "weak", message: PASSCODE_RULE };
  const problem = passcodeProblem(passcode);
  if (problem) return { strength: "weak", message: problem };
  const seconds = passcodesLike(passcode) / OFFLINE_GUESSES_PER_SECOND;
  const strength = seconds < 60 * 60 * 24 * 365 ? "weak" : passphraseStrength(passcode).strength;
  const lead =
    strength === "weak"
      ? "This works, but it could be guessed."
      : strength === "fair"
        ? "This is okay. Another word would make it much harder to guess."
        : "This looks strong.";
  return {
    strength,
    message: `${lead} Someone with a copy of this browser's files and a fast computer could try every passcode like it in ${roughDuration(seconds)}.`,
  };
}

/** Tries allowed before any wait. */
export const FREE_TRIES = 3;
const MAX_WAIT_MS = 5 * 60_000;

/** How long to wait before the next try, after this many wrong tries in a row. */
export function waitAfterWrongTries(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  const step = wrongTries - FREE_TRIES; // 0, 1, 2, ...
  return Math.min(MAX_WAIT_MS, 5_000 * 2 ** step);
}

/** Auto-lock choices, in minutes; null means only when the person locks it. */
export const AUTO_LOCK_MINUTES = [1, 5, 15] as const;
