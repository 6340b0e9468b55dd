/**
 * Resources written out as plain text, for summaries that leave the app. A web or
 * email contact's label alone ("Samaritans website") is no use on paper, so its
 * address goes with it.
 */
import type { Contact, ContentPack, Resource } from "../pack/schema";

export function contactText(contact: Contact): string {
  switch (contact.kind) {
    case "web":
      return `${contact.label}: ${contact.href}`;
    case "email":
      return `${contact.label}: ${contact.href.replace(/^mailto:/i, "")}`;
    default:
      return contact.label;
  }
}

/** "Samaritans: Call 116 123; Samaritans website: https://www.samaritans.org (24 hours, every day)" */
export function resourceLine(resource: Resource): string {
  const contacts = resource.contacts.map(contactText).join("; ");
  return `${resource.name}: ${contacts} (${resource.hours})`;
}

/** The pack's resources with these ids, in the order given; ids the pack lacks are skipped. */
export function resourcesById(
  pack: Pick<ContentPack, "resources">,
  ids: readonly string[],
): Resource[] {
  return ids.flatMap((id) => pack.resources.find((resource) => resource.id === id) ?? []);
}
