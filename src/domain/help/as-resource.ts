import type { Resource } from "../pack/schema";
import type { ResourceNeed } from "../resources/needs";
import type { CrisisContact } from "./crisis-contact";
import { EMERGENCY_ID } from "./crisis-contacts-data";
import { regionsLabel } from "./regions";

function needsOf(contact: CrisisContact): ResourceNeed[] {
  if (contact.id === EMERGENCY_ID) return ["urgent"];
  const needs = new Set<ResourceNeed>();
  if (contact.general || contact.fits.includes("self-harm")) needs.add("urgent").add("talk");
  if (contact.fits.includes("home") || contact.fits.includes("harm-others")) needs.add("abuse");
  if (contact.fits.includes("work")) needs.add("work");
  return [...needs];
}

/**
 * A crisis contact as a pack resource, so the default pack's Resources list and the
 * peer guide's "resources offered" read the same entries as Help now (one source).
 */
export function crisisContactAsResource(contact: CrisisContact): Resource {
  return {
    id: contact.id,
    name: contact.name,
    for: contact.for,
    needs: needsOf(contact),
    contacts: contact.contacts,
    hours: contact.hours,
    region: regionsLabel(contact.regions),
    regions: contact.regions,
    checked: contact.checked,
  };
}
