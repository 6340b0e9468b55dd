/**
 * Crisis help: one source of truth for who to contact, read by Help now, the safety
 * screen, the result and the peer guide. Call `crisisHelpFor(situations, region)` (or
 * `crisisHelpForFlags(redFlags, region)`) and render the answer with <CrisisHelpList>.
 */
import type { RedFlag } from "../scoring/result";
import { SITUATIONS } from "./crisis-contact";
import type { Region } from "./regions";
import { crisisHelpFor, DANGER_NOW, situationsOf, type CrisisHelp } from "./select";

export * from "./crisis-contact";
export * from "./regions";
export { CRISIS_CONTACTS, EMERGENCY_ID } from "./crisis-contacts-data";
export {
  crisisHelpFor,
  contactsForSituation,
  DANGER_NOW,
  situationsOf,
  type CrisisHelp,
} from "./select";

/** The help that fits a check-in's red flags (the safety screen and the result). */
export function crisisHelpForFlags(
  flags: readonly Pick<RedFlag, "kind">[],
  region: Region | null,
): CrisisHelp {
  return crisisHelpFor(situationsOf(flags), region);
}

/** Help now: every crisis contact, in the same order, with the general danger-now line. */
export function helpNowContacts(region: Region | null): CrisisHelp {
  return { ...crisisHelpFor(SITUATIONS, region), dangerNow: [DANGER_NOW.any] };
}
export { crisisContactAsResource } from "./as-resource";
