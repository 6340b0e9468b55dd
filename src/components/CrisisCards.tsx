import type { CrisisContact } from "../domain/help";
import { regionsLabel } from "../domain/help";
import { ContactLinks } from "./ContactLinks";

export type Level = 2 | 3 | 4;

/** One crisis contact: who it is for, its hours, where it works, and how to reach it. */
export function CrisisCard({ contact, level }: { contact: CrisisContact; level: Level }) {
  const Heading = `h${level}` as const;
  return (
    <li className="contact-card" data-contact={contact.id}>
      <Heading>{contact.name}</Heading>
      <p>{contact.for}</p>
      <p className="hours">
        {contact.hours} <span className="region-tag">{regionsLabel(contact.regions)}</span>
      </p>
      <ContactLinks contacts={contact.contacts} />
    </li>
  );
}

/** A list of crisis contacts, in the order given. */
export function CrisisCards({
  contacts,
  level,
}: {
  contacts: readonly CrisisContact[];
  level: Level;
}) {
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <CrisisCard key={contact.id} contact={contact} level={level} />
      ))}
    </ul>
  );
}
