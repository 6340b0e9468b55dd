import type { RedFlag } from "../scoring/result";
import { SITUATIONS_OF_FLAG, type CrisisContact, type Situation } from "./crisis-contact";
import { CRISIS_CONTACTS, EMERGENCY_ID } from "./crisis-contacts-data";
import type { Region } from "./regions";

/** "Danger now" in words that fit each situation; the first line always names 999. */
export const DANGER_NOW: Record<Situation | "any", string> = {
  any: "If you or someone else is in danger now, or badly hurt, call 999 or go to A&E.",
  "self-harm":
    "If you might act on thoughts of ending your life, or you have hurt yourself, call 999 or go to A&E now.",
  home: "If you are in danger at home now, call 999. If it is not safe to speak, call from a mobile, stay on the line and press 55 when asked.",
  work: "If you are in danger at work now, go somewhere safe if you can and call 999, or your workplace's emergency number or security.",
  "harm-others":
    "If you feel you might hurt someone now, move away from them if you can and call 999.",
};

/** Routes that are not phone lines, for a situation: raising it at work, say. */
export const ROUTES: Partial<Record<Situation, string>> = {
  work: "Tell your manager, security, HR, your union or a staff network (in the NHS, a Freedom to Speak Up guardian). Bullying, threats and unsafe staffing are for your employer to fix.",
};

export interface CrisisHelp {
  /** The situations this help is for, in a fixed order (none: Help now's general list). */
  situations: Situation[];
  /** Other routes, in words, for the situations given (e.g. raising it at work). */
  routes: string[];
  /** Danger-now lines for the situations given (or the general one): always at least one. */
  dangerNow: string[];
  /** 999 and the ways to reach it without speaking: always shown first. */
  emergency: CrisisContact;
  /** Services that fit the situations given, in the person's region first. */
  fitting: CrisisContact[];
  /** The general lines, in the person's region first. */
  general: CrisisContact[];
  /** With a region chosen: the fitting and general services of other parts of the UK. */
  elsewhere: CrisisContact[];
}

function inRegion(contact: CrisisContact, region: Region | null): boolean {
  return region === null || contact.regions.includes(region);
}

/** The situations a set of red flags points to, in a fixed order, without repeats. */
export function situationsOf(flags: readonly Pick<RedFlag, "kind">[]): Situation[] {
  const found = new Set(flags.flatMap((flag) => SITUATIONS_OF_FLAG[flag.kind]));
  return (["self-harm", "harm-others", "home", "work"] as const).filter((s) => found.has(s));
}

/**
 * The crisis contacts for some situations (none: Help now's general list) and a region
 * (null: not said, so every service shows, each labelled with where it works). With a
 * region, services of other parts of the UK move to `elsewhere`, never out of reach.
 */
export function crisisHelpFor(
  situations: readonly Situation[],
  region: Region | null,
  contacts: readonly CrisisContact[] = CRISIS_CONTACTS,
): CrisisHelp {
  const emergency = contacts.find((contact) => contact.id === EMERGENCY_ID)!;
  const rest = contacts.filter((contact) => contact.id !== EMERGENCY_ID);
  const fitting = situations.flatMap((situation) =>
    rest.filter((contact) => contact.fits.includes(situation)),
  );
  const fittingIds = new Set(fitting.map((contact) => contact.id));
  const uniqueFitting = fitting.filter(
    (contact, index) => fitting.findIndex((c) => c.id === contact.id) === index,
  );
  const general = rest.filter((contact) => contact.general && !fittingIds.has(contact.id));
  return {
    situations: [...situations],
    routes: situations.flatMap((situation) => ROUTES[situation] ?? []),
    dangerNow:
      situations.length === 0
        ? [DANGER_NOW.any]
        : situations.map((situation) => DANGER_NOW[situation]),
    emergency,
    fitting: uniqueFitting.filter((contact) => inRegion(contact, region)),
    general: general.filter((contact) => inRegion(contact, region)),
    elsewhere: [...uniqueFitting, ...general].filter((contact) => !inRegion(contact, region)),
  };
}

/** Every crisis contact for one situation (Help now's sections), region first. */
export function contactsForSituation(situation: Situation, region: Region | null): CrisisContact[] {
  const list = CRISIS_CONTACTS.filter((contact) => contact.fits.includes(situation));
  return [
    ...list.filter((contact) => inRegion(contact, region)),
    ...list.filter((contact) => !inRegion(contact, region)),
  ];
}
