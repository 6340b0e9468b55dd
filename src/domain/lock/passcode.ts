/**
 * Rules for the passcode lock that need no crypto: what counts as a passcode, and how
 * long to wait after wrong tries. Wrong tries slow down; they never wipe anything.
 */

export const MIN_DIGITS = 6;
export const MIN_PASSPHRASE = 8;

/** Null when the passcode is fine, else a kind sentence saying what to change. */
export function passcodeProblem(passcode: string): string | null {
  if (/^\d+$/.test(passcode)) {
    return passcode.length >= MIN_DIGITS
      ? null
      : `Use at least ${MIN_DIGITS} numbers, or a longer phrase.`;
  }
  return passcode.trim().length >= MIN_PASSPHRASE
    ? null
    : `Use at least ${MIN_DIGITS} numbers, or a phrase of ${MIN_PASSPHRASE} or more characters.`;
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
