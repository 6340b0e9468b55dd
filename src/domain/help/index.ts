/**
 * Crisis help: one source of truth for who to contact, read by Help now, the safety
 * screen, the result and the peer guide. Help now reads `helpNow(region)`. A safety
 * answer's help is `crisisHelpFor(situations, region)` (or `crisisHelpForFlags(redFlags,
 * region)`) from ./crisis-help, rendered with <CrisisHelpList>; it is imported from
 * there, not from here, so it stays out of the first download with Help now.
 */
export * from "./crisis-contact";
export * from "./regions";
export { CRISIS_CONTACTS, EMERGENCY_ID } from "./crisis-contacts-data";
export {
  contactsForSituation,
  DANGER_NOW,
  HELP_NOW_SITUATIONS,
  helpNow,
  type SituationHelp,
} from "./select";
export { crisisContactAsResource } from "./as-resource";
