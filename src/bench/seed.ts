/**
 * Fills the app's own database through the app's own repositories (the same writes,
 * validation and transactions as the screens use), one record per call, as a person
 * would have saved them over the years.
 */
import { saveCheckIn } from "../db/check-ins";
import { savePeerCheckIn } from "../db/peer";
import { saveSupervisionPrep } from "../db/supervision";
import {
  SEED_SIZES,
  makeCheckIns,
  makePeerCheckIns,
  makeSupervisionPreps,
  type SeedName,
} from "./records";

export interface SeedReport {
  checkIns: number;
  peerCheckIns: number;
  supervisionPreps: number;
  ms: number;
}

export async function seed(name: SeedName, today: Date = new Date()): Promise<SeedReport> {
  const size = SEED_SIZES[name];
  const started = performance.now();
  const checkIns = makeCheckIns(size.checkIns, today);
  const peers = makePeerCheckIns(size.peerCheckIns, today);
  const preps = makeSupervisionPreps(size.supervisionPreps, today, checkIns, peers);
  for (const checkIn of checkIns) await saveCheckIn(checkIn);
  for (const peer of peers) await savePeerCheckIn(peer, new Date(peer.updatedAt));
  for (const prep of preps) await saveSupervisionPrep(prep, new Date(prep.updatedAt));
  return {
    checkIns: checkIns.length,
    peerCheckIns: peers.length,
    supervisionPreps: preps.length,
    ms: performance.now() - started,
  };
}
