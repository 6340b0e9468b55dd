import { useMemo } from "react";
import { useCheckIns, usePeerCheckIns } from "../../db/hooks";
import type { CheckIn, PeerCheckIn, PrepPeriod } from "../../domain/records";
import { checkInsInPeriod } from "../../domain/supervision/period";
import { periodRange } from "../../domain/supervision/prep-record";

export interface PrepMaterialState {
  /** My check-ins in the period, oldest first; undefined while loading. */
  checkIns: CheckIn[] | undefined;
  /** Every peer check-in (a prep picks the ones with its colleague); undefined while loading. */
  peers: PeerCheckIn[] | undefined;
}

/** What a prep draws on, live from the device, so a check-in made meanwhile shows up. */
export function usePrepMaterial({ from, to }: PrepPeriod): PrepMaterialState {
  // Keyed on the days, not the object: a saved prep comes back as a new object each time.
  const range = useMemo(() => periodRange({ from, to }), [from, to]);
  const loaded = useCheckIns(range);
  const checkIns = useMemo(
    () => loaded && checkInsInPeriod(loaded, { from, to }),
    [loaded, from, to],
  );
  const peers = usePeerCheckIns();
  return { checkIns, peers };
}
