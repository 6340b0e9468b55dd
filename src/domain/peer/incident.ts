/**
 * After-incident check-ins, in the TRiM pattern: a first talk about 72 hours after a
 * death, an assault or another serious incident, and another about a month later.
 * Only the kind of incident is kept, never what happened.
 */
import { addDaysToDay } from "../dates";
import type { IncidentType, PeerCheckIn, PeerIncident } from "../records";

export const INCIDENT_LABELS: Record<IncidentType, string> = {
  death: "A death at work",
  assault: "An assault or threat",
  "serious-incident": "A serious incident",
  other: "Something else that was hard",
};

/** Days after the incident day for the first and the later catch-up. */
export const FIRST_CHECK_DAYS = 3;
export const LATER_CHECK_DAYS = 30;

export interface IncidentDates {
  /** About 72 hours after. */
  first: string;
  /** About a month after. */
  later: string;
}

function plusDays(day: string, days: number): string {
  return addDaysToDay(day, days);
}

export function incidentDates(incidentDay: string): IncidentDates {
  return {
    first: plusDays(incidentDay, FIRST_CHECK_DAYS),
    later: plusDays(incidentDay, LATER_CHECK_DAYS),
  };
}

export interface IncidentCheck {
  which: "first" | "later";
  on: string;
}

/**
 * The catch-up an after-incident check-in waits for once this many catch-ups are
 * saved: the 72-hour one first, then the one-month one, then none.
 */
export function incidentCheckAfter(
  incident: PeerIncident | undefined,
  catchUpsSaved: number,
): IncidentCheck | null {
  if (!incident) return null;
  const dates = incidentDates(incident.on);
  if (catchUpsSaved === 0) return { which: "first", on: dates.first };
  if (catchUpsSaved === 1) return { which: "later", on: dates.later };
  return null;
}

/** The catch-up a check-in is waiting for now; null for check-ins not after an incident. */
export function nextIncidentCheck(
  peer: Pick<PeerCheckIn, "incident" | "followUps">,
): IncidentCheck | null {
  return incidentCheckAfter(peer.incident, peer.followUps.length);
}
