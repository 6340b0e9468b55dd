/**
 * Kept so older imports still work. The one source of crisis contacts is now
 * src/domain/help: call `crisisHelpFor(situations, region)` (or `helpNowContacts`,
 * `crisisHelpForFlags`) and render it with <CrisisHelpList> from src/components.
 */
import { helpNowContacts } from "../../domain/help";

export {
  crisisHelpFor,
  crisisHelpForFlags,
  helpNowContacts,
  type CrisisHelp,
} from "../../domain/help";

/** The older flat shape: one line per service, its first way to get in touch. */
export interface CrisisContactLine {
  name: string;
  what: string;
  href: string;
  action: string;
  hours: string;
}

const everyone = helpNowContacts(null);

/** Emergency first, then the general lines: the same order Help now shows. */
export const CRISIS_CONTACTS: readonly CrisisContactLine[] = [
  everyone.emergency,
  ...everyone.general,
].map((contact) => ({
  name: contact.name,
  what: contact.for,
  href: contact.contacts[0]!.href,
  action: contact.contacts[0]!.label,
  hours: contact.hours,
}));
