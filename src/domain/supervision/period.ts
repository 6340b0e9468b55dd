/**
 * The stretch of time a supervision prep covers, and what falls inside it. Periods
 * are plain days, inclusive at both ends, in the person's own time zone.
 */
import { parseISO, subWeeks } from "date-fns";
import { isoDay } from "../peer/days";
import type { CheckIn, PeerCheckIn, PrepPeriod, SupervisionPrep } from "../records";

export const DEFAULT_PREP_WEEKS = 4;

/**
 * Since the last prep (from the day its period ended, so nothing on that day is
 * missed), or the last four weeks when there is no earlier prep, or the last one
 * ended today or later (preparing again the same day usually means starting over).
 */
export function defaultPrepPeriod(
  lastPrep: Pick<SupervisionPrep, "period"> | null | undefined,
  today: Date,
): PrepPeriod {
  const to = isoDay(today);
  const since = lastPrep?.period.to;
  if (since && since < to) return { from: since, to };
  return { from: isoDay(subWeeks(today, DEFAULT_PREP_WEEKS)), to };
}

/** True when a day or date-time falls on a day inside the period. */
export function inPeriod(iso: string, period: PrepPeriod): boolean {
  const day = iso.length === 10 ? iso : isoDay(parseISO(iso));
  return day >= period.from && day <= period.to;
}

const oldestFirst = (a: { createdAt: string }, b: { createdAt: string }) =>
  a.createdAt.localeCompare(b.createdAt);

/** The person's check-ins in the period, oldest first. */
export function checkInsInPeriod(checkIns: readonly CheckIn[], period: PrepPeriod): CheckIn[] {
  return checkIns.filter((checkIn) => inPeriod(checkIn.createdAt, period)).sort(oldestFirst);
}

/** Check-ins in the period marked "bring to supervision": what a prep includes by default. */
export function flaggedForSupervision(checkIns: readonly CheckIn[], period: PrepPeriod): CheckIn[] {
  return checkInsInPeriod(checkIns, period).filter((checkIn) => checkIn.bringToSupervision);
}

/** Labels match however they were typed: "ab " and "AB" are the same colleague. */
export function sameColleague(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), "en-GB", { sensitivity: "base" }) === 0;
}

/** Peer check-ins held with this colleague in the period, oldest first. */
export function peerCheckInsWith(
  peers: readonly PeerCheckIn[],
  colleague: string,
  period: PrepPeriod,
): PeerCheckIn[] {
  return peers
    .filter((peer) => sameColleague(peer.colleague, colleague) && inPeriod(peer.heldOn, period))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || oldestFirst(a, b));
}
