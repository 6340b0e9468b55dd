import type { CrisisContact, Situation } from "./crisis-contact";
import { CRISIS_CONTACTS, EMERGENCY_ID } from "./crisis-contacts-data";
import type { Region } from "./regions";

/** "Danger now" in words that fit each situation; the first line always names 999. */
export const DANGER_NOW: Record<Situation | "any", string> = {
  any: "If you or someone else is in danger now, or badly hurt, call 999 or go to A&E.",
  "self-harm":
    "If you might act on thoughts of ending your life, or you have hurt yourself or taken too many tablets, call 999 or go to A&E now, even if you feel fine.",
  home: "If you are in danger at home now, call 999. If it is not safe to speak, call from a mobile, stay on the line and press 55 when asked.",
  work: "If you are in danger at work now, go somewhere safe if you can and call 999, or your workplace's emergency number or security.",
  "harm-others":
    "If you feel you might hurt someone now, move away from them if you can and call 999.",
};

/** Routes that are not phone lines, for a situation: raising it at work, say. */
export const ROUTES: Partial<Record<Situation, string>> = {
  "harm-others":
    "Worried about hurting a patient, a pupil or a stranger? Samaritans and the mental health lines will listen.",
  work: "Tell your manager, security, HR, your union or a staff network (in the NHS, a Freedom to Speak Up guardian). Bullying, threats and unsafe staffing are for your employer to fix.",
};

export function inRegion(contact: CrisisContact, region: Region | null): boolean {
  return region === null || contact.regions.includes(region);
}

/**
 * The services that fit one situation: those made for it (Respect, an abuse line)
 * before the general lines that also take such calls (111, Samaritans).
 */
export function fitsFirst(
  contacts: readonly CrisisContact[],
  situation: Situation,
): CrisisContact[] {
  const fitting = contacts.filter((contact) => contact.fits.includes(situation));
  return [
    ...fitting.filter((contact) => !contact.general),
    ...fitting.filter((contact) => contact.general),
  ];
}

/** Help for one situation on Help now: its own danger-now words, routes and services. */
export interface SituationHelp {
  situation: Situation;
  dangerNow: string;
  route: string | null;
  /** Services for it in the person's region (all, when none is chosen), made-for-it first. */
  here: CrisisContact[];
  /** Services for it in other parts of the UK. */
  elsewhere: CrisisContact[];
}

/** Help now's sections, in this order: the situations a person can find help for. */
export const HELP_NOW_SITUATIONS = ["self-harm", "harm-others", "home", "work"] as const;

/** Every crisis contact for one situation (a Help now section), region first. */
export function contactsForSituation(
  situation: Situation,
  region: Region | null,
  contacts: readonly CrisisContact[] = CRISIS_CONTACTS,
): SituationHelp {
  const list = fitsFirst(contacts, situation);
  return {
    situation,
    dangerNow: DANGER_NOW[situation],
    route: ROUTES[situation] ?? null,
    here: list.filter((contact) => inRegion(contact, region)),
    elsewhere: list.filter((contact) => !inRegion(contact, region)),
  };
}

/**
 * Help now: 999 and the general lines (the person's region first), then help for each
 * situation. Together they list every contact a safety answer can show, for any region
 * (a test holds it to crisisHelpFor; it does not call it, to keep the first download small).
 */
export function helpNow(region: Region | null) {
  const general = CRISIS_CONTACTS.filter((contact) => contact.general);
  return {
    dangerNow: DANGER_NOW.any,
    emergency: CRISIS_CONTACTS.find((contact) => contact.id === EMERGENCY_ID)!,
    general: general.filter((contact) => inRegion(contact, region)),
    generalElsewhere: general.filter((contact) => !inRegion(contact, region)),
    situations: HELP_NOW_SITUATIONS.map((situation) => contactsForSituation(situation, region)),
  };
}
