import type { PeerCheckIn } from "../domain/records";
import { isoDay } from "../domain/dates";
import { followUpsDue } from "../domain/peer/follow-up";
import { getDb } from "./database";
import { guard } from "./errors";

/**
 * Reading peer check-ins. Apart from the writes (which validate with zod), so that
 * Home can list follow-ups without loading the record schemas.
 */

export function getPeerCheckIn(id: string): Promise<PeerCheckIn | null> {
  return guard(async () => (await getDb().peerCheckIns.get(id)) ?? null);
}

/** Newest first, by the createdAt index. */
export function listPeerCheckIns(): Promise<PeerCheckIn[]> {
  return guard(() => getDb().peerCheckIns.orderBy("createdAt").reverse().toArray());
}

/**
 * Open check-ins whose follow-up is due today or overdue, the longest-waiting first.
 * Reads only records with a follow-up on or before today, through the followUpOn index.
 */
export function listFollowUpsDue(today: Date): Promise<PeerCheckIn[]> {
  return guard(async () => {
    const candidates = await getDb()
      .peerCheckIns.where("followUpOn")
      .belowOrEqual(isoDay(today))
      .toArray();
    return followUpsDue(candidates, today);
  });
}
