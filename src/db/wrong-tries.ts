/**
 * Wrong passcode tries, and the wait they bring. The wait is enforced here, by the code
 * that unlocks, not only by the screen. The count is kept in `meta` (so a reload does
 * not reset it) and in this tab's memory (so deleting the row does not either). It
 * slows guessing through the app only: someone with a copy of the files is slowed by
 * PBKDF2 and the passcode's length alone (docs/privacy-and-security.md).
 */
import { readMeta, writeMeta } from "./meta";

export const WRONG_TRIES_META = "lockWrongTries";

interface WrongTries {
  count: number;
  at: string;
}

let remembered: WrongTries | null = null;

/** Wrong tries so far: the stored count or this tab's, whichever is higher. */
async function current(): Promise<WrongTries | null> {
  const stored = await readMeta<Partial<WrongTries>>(WRONG_TRIES_META);
  const valid =
    typeof stored?.count === "number" && typeof stored.at === "string"
      ? { count: stored.count, at: stored.at }
      : null;
  if (!valid || (remembered && remembered.count > valid.count)) return remembered;
  return valid;
}

export class TooSoonError extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super(`Please wait ${Math.ceil(waitMs / 1000)} seconds, then try again.`);
    this.name = "TooSoonError";
    this.waitMs = waitMs;
  }
}

/** Milliseconds to wait before the next try is allowed (0 when it may go ahead). */
export async function waitBeforeNextTry(now: Date = new Date()): Promise<number> {
  const { waitAfterWrongTries } = await import("../domain/lock/passcode");
  const tries = await current();
  if (!tries) return 0;
  const until = Date.parse(tries.at) + waitAfterWrongTries(tries.count);
  return Number.isNaN(until) ? 0 : Math.max(0, until - now.getTime());
}

/** Throws TooSoonError while the wait after wrong tries is not over. */
export async function refuseIfTooSoon(now: Date): Promise<void> {
  const wait = await waitBeforeNextTry(now);
  if (wait > 0) throw new TooSoonError(wait);
}

export async function countWrongTry(now: Date): Promise<void> {
  const next = { count: ((await current())?.count ?? 0) + 1, at: now.toISOString() };
  remembered = next;
  await writeMeta(WRONG_TRIES_META, next);
}

export async function clearWrongTries(now: Date): Promise<void> {
  remembered = null;
  await writeMeta(WRONG_TRIES_META, { count: 0, at: now.toISOString() });
}

/** Tests, and turning the lock off: this tab forgets its count too. */
export function forgetWrongTries(): void {
  remembered = null;
}
