/** Fixed lists and rules of the content pack that the app needs at run time without zod. */

export const PACK_SCHEMA_VERSION = 1;

/** Icons the app can draw for a stage. Kept to a fixed list so a pack cannot name a missing icon. */
export const STAGE_ICONS = ["sun", "cloud-sun", "cloud-rain", "storm"] as const;
export const STAGE_COLOURS = ["green", "yellow", "orange", "red"] as const;
export const PATTERN_KINDS = ["settled", "on-edge", "shut-down", "people-pleasing"] as const;
export const SUPERVISION_FUNCTIONS = ["restorative", "formative", "normative"] as const;
export const RESOURCE_NEEDS = [
  "urgent",
  "talk",
  "therapy",
  "abuse",
  "alcohol",
  "grief",
  "money",
  "sleep",
  "work",
] as const;
/**
 * Kinds of learning and community a pack can list for the people who lead trauma-informed
 * work: training, a network of trauma-informed leads, a community of practice. A resource
 * with no kind is a support service for staff (the Resources screen). Short words: the
 * list is in the first download.
 */
export const RESOURCE_KINDS = ["training", "network", "community"] as const;
/** The UK nations a service can work in (and a person can say they work in). */
export const REGIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
/** Kinds of work a service is only for; a service with none is for everyone. */
export const WORK_KINDS = ["health", "social-care", "education", "police-emergency"] as const;
export const CONTACT_KINDS = ["call", "text", "web", "email"] as const;
/**
 * What a red-flag question is about. "unsafe" is the older single question (home, work
 * and "in yourself" at once): kept so check-ins saved with it still read back.
 */
export const RED_FLAG_KINDS = ["self-harm", "unsafe", "home", "work", "harm-others"] as const;
export const SEVEN_CS = [
  "check",
  "coordinate",
  "cover",
  "calm",
  "connect",
  "competence",
  "confidence",
] as const;

const ALLOWED_SCHEMES = ["https:", "tel:", "sms:", "mailto:"];

/** True when a link uses one of the schemes the app will open. */
export function isAllowedHref(href: string): boolean {
  const colon = href.indexOf(":");
  if (colon < 1) return false;
  const scheme = href.slice(0, colon + 1).toLowerCase();
  if (!ALLOWED_SCHEMES.includes(scheme)) return false;
  if (scheme === "https:") {
    try {
      return new URL(href).protocol === "https:";
    } catch {
      return false;
    }
  }
  return href.length > colon + 1;
}

export type StageColour = (typeof STAGE_COLOURS)[number];
export type StageIcon = (typeof STAGE_ICONS)[number];
export type PatternKind = (typeof PATTERN_KINDS)[number];
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type SupervisionFunction = (typeof SUPERVISION_FUNCTIONS)[number];
