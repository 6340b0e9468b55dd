/**
 * One lock across every tab and window of the app. Turning the lock on or off and
 * changing the passcode run one at a time across tabs (navigator.locks), and each change
 * (and "Lock now") is told to the other tabs (BroadcastChannel), which follow at once.
 * If a message is missed (a frozen tab), every write still checks the stored key box
 * first (src/db/encryption.ts), so nothing is ever written with the wrong key.
 */

/** What a tab tells the others. */
export type LockMessage = "on" | "off" | "locked";

const CHANNEL = "hcw-lock";
const CHANGE_LOCK = "hcw-lock-change";
const MESSAGES: readonly string[] = ["on", "off", "locked"] satisfies LockMessage[];

let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells every other tab. Never throws: the write checks are the safety net. */
export function tellOtherTabs(message: LockMessage): void {
  try {
    openChannel()?.postMessage(message);
  } catch {
    // A closed channel (page unloading): the other tabs find out at their next write.
  }
}

/** Calls `listener` for each message from another tab; returns a function that stops. */
export function listenToOtherTabs(listener: (message: LockMessage) => void): () => void {
  const open = openChannel();
  if (!open) return () => undefined;
  const onMessage = (event: MessageEvent) => {
    if (typeof event.data === "string" && MESSAGES.includes(event.data)) {
      listener(event.data as LockMessage);
    }
  };
  open.addEventListener("message", onMessage);
  return () => open.removeEventListener("message", onMessage);
}

/** Runs a change to the lock while no other tab is changing it. */
export function whileChangingLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  return locks ? locks.request(CHANGE_LOCK, work) : work();
}

/** Tests only: close the channel so a test run can end. */
export function closeLockChannelForTests(): void {
  channel?.close();
  channel = null;
}
