/**
 * What a pack holds, counted for its author (scripts/check-pack.mjs): how many questions,
 * tips and support services, where the services work, and which kinds of link they use.
 */
import type { ContentPack } from "./schema";

export interface PackSummary {
  items: number;
  safetyItems: number;
  areas: number;
  tips: number;
  supervisionPrompts: number;
  grounding: number;
  services: number;
  organisationServices: number;
  /** Services by the UK nations they work in; "everywhere" when a service names none. */
  servicesByRegion: Record<string, number>;
  /** Every contact link, by how it starts: https, tel, sms, mailto. */
  linksByScheme: Record<string, number>;
}

function countInto(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function summarisePack(pack: ContentPack): PackSummary {
  const servicesByRegion: Record<string, number> = {};
  const linksByScheme: Record<string, number> = {};
  for (const resource of pack.resources) {
    for (const region of resource.regions ?? ["everywhere"]) countInto(servicesByRegion, region);
    for (const contact of resource.contacts) {
      countInto(linksByScheme, contact.href.slice(0, contact.href.indexOf(":")).toLowerCase());
    }
  }
  return {
    items: pack.items.length,
    safetyItems: pack.items.filter((item) => item.redFlag).length,
    areas: pack.domains.length,
    tips: pack.tips.length,
    supervisionPrompts: pack.supervisionPrompts.length,
    grounding: pack.grounding.length,
    services: pack.resources.length,
    organisationServices: pack.resources.filter((resource) => resource.organisation).length,
    servicesByRegion,
    linksByScheme,
  };
}
