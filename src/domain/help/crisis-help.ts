import type { RedFlag } from "../scoring/result";
import { SITUATIONS_OF_FLAG, type CrisisContact, type Situation } from "./crisis-contact";
import { CRISIS_CONTACTS, EMERGENCY_ID } from "./crisis-contacts-data";
import type { Region } from "./regions";
import { DANGER_NOW, fitsFirst, inRegion, ROUTES } from "./select";

/*
 * The help for a safety answer (the safety screen, the result, the peer guide). Kept
 * apart from select.ts, which Help now reads in the first download, so this stays out
 * of it.
 */

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
  const fitting = situations.flatMap((situation) => fitsFirst(rest, situation));
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

/** The help that fits a check-in's red flags (the safety screen and the result). */
export function crisisHelpForFlags(
  flags: readonly Pick<RedFlag, "kind">[],
  region: Region | null,
): CrisisHelp {
  return crisisHelpFor(situationsOf(flags), region);
}
