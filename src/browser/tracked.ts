/**
 * React's thenable status fields on a promise. `use()` reads a promise marked
 * "fulfilled" at once; an unmarked one suspends at least once, even when it has
 * already settled, and React then holds the finished screen back for up to 300 ms
 * (it throttles content that replaces a fallback).
 */
type Tracked<T> = Promise<T> & { status?: string; value?: T; reason?: unknown };

/** A promise that `use()` reads at once, without suspending. */
export function settled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: "fulfilled", value });
}

/** Marks the promise with its status as it settles, so `use()` reads it at once after. */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const thenable: Tracked<T> = promise;
  thenable.status = "pending";
  promise.then(
    (value) => Object.assign(thenable, { status: "fulfilled", value }),
    (reason: unknown) => Object.assign(thenable, { status: "rejected", reason }),
  );
  return promise;
}

export function isSettled(promise: Promise<unknown>): boolean {
  const status = (promise as Tracked<unknown>).status;
  return status === "fulfilled" || status === "rejected";
}
