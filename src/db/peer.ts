import type { FollowUpEntry, PeerAction, PeerCheckIn } from "../domain/records";
import { PeerCheckInSchema } from "../domain/records";
import {
  withActionDone,
  withAgreedAction,
  withFollowUp,
  withLoopClosed,
  withoutAction,
  type NextStep,
} from "../domain/peer/record";
import { getDb } from "./database";
import { writePersonal } from "./write";

export { getPeerCheckIn, listFollowUpsDue, listPeerCheckIns } from "./peer-reads";

/**
 * Peer check-ins. Every write is validated against the record schema first, so a
 * record without consent, or with notes the colleague did not agree to, is never
 * stored: the write fails with the ZodError and nothing changes.
 */

/** Saves a peer check-in (new or changed), stamping updatedAt. Returns what was stored. */
export async function savePeerCheckIn(
  peer: PeerCheckIn,
  now: Date = new Date(),
): Promise<PeerCheckIn> {
  const valid = PeerCheckInSchema.parse({ ...peer, updatedAt: now.toISOString() });
  await writePersonal(
    (db) => [db.peerCheckIns],
    async () => {
      await getDb().peerCheckIns.put(valid);
    },
  );
  return valid;
}

type Change = (peer: PeerCheckIn) => PeerCheckIn;
type Outcome = { ok: true; peer: PeerCheckIn | null } | { ok: false; error: unknown };

/**
 * Reads, changes and validates in one transaction. A validation failure is carried
 * out of the transaction and thrown as it is, so it is not mistaken for a storage
 * problem. Null when there is no such check-in.
 */
async function changePeerCheckIn(id: string, change: Change): Promise<PeerCheckIn | null> {
  const outcome = await writePersonal<Outcome>(
    (db) => [db.peerCheckIns],
    async () => {
      const table = getDb().peerCheckIns;
      const existing = await table.get(id);
      if (!existing) return { ok: true, peer: null };
      const parsed = PeerCheckInSchema.safeParse(change(existing));
      if (!parsed.success) return { ok: false, error: parsed.error };
      await table.put(parsed.data);
      return { ok: true, peer: parsed.data };
    },
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.peer;
}

/** Records a follow-up conversation and sets the next follow-up date, or closes the loop. */
export function addFollowUp(
  id: string,
  entry: Omit<FollowUpEntry, "at">,
  next: NextStep = {},
  now: Date = new Date(),
): Promise<PeerCheckIn | null> {
  return changePeerCheckIn(id, (peer) => withFollowUp(peer, entry, next, now));
}

export function closePeerCheckIn(id: string, now: Date = new Date()): Promise<PeerCheckIn | null> {
  return changePeerCheckIn(id, (peer) => withLoopClosed(peer, now));
}

export function setPeerActionDone(
  id: string,
  actionId: string,
  done: boolean,
  now: Date = new Date(),
): Promise<PeerCheckIn | null> {
  return changePeerCheckIn(id, (peer) => withActionDone(peer, actionId, done, now));
}

/** Adds an agreed action (from supervision, say) in one read-change-write transaction. */
export function addPeerAction(
  id: string,
  action: PeerAction,
  now: Date = new Date(),
): Promise<PeerCheckIn | null> {
  return changePeerCheckIn(id, (peer) => withAgreedAction(peer, action, now));
}

export function removePeerAction(
  id: string,
  actionId: string,
  now: Date = new Date(),
): Promise<PeerCheckIn | null> {
  return changePeerCheckIn(id, (peer) => withoutAction(peer, actionId, now));
}

/** Deletes a peer check-in and returns it, so the person can undo for a few seconds. */
export function deletePeerCheckIn(id: string): Promise<PeerCheckIn | null> {
  return writePersonal(
    (db) => [db.peerCheckIns],
    async () => {
      const table = getDb().peerCheckIns;
      const existing = (await table.get(id)) ?? null;
      await table.delete(id);
      return existing;
    },
  );
}

/** Puts a deleted check-in back exactly as it was (updatedAt included). */
export function restorePeerCheckIn(peer: PeerCheckIn): Promise<void> {
  const valid = PeerCheckInSchema.parse(peer);
  return writePersonal(
    (db) => [db.peerCheckIns],
    async () => {
      await getDb().peerCheckIns.put(valid);
    },
  );
}
