import type { Contact, Resource } from "../domain/pack/schema";
import { isAllowedHref } from "../domain/pack/constants";
import { Icon, type IconName } from "./Icon";

const ICONS: Record<Contact["kind"], IconName> = {
  call: "phone",
  text: "message",
  web: "link",
  email: "message",
};

/** A resource's ways to get in touch. Only safe schemes are ever turned into links. */
export function ContactLinks({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <div className="contact-links">
      {contacts.map((contact) =>
        isAllowedHref(contact.href) ? (
          <a
            key={contact.href}
            className="button contact-action"
            href={contact.href}
            {...(contact.kind === "web" ? { target: "_blank", rel: "noopener noreferrer" } : {})}
          >
            <Icon name={ICONS[contact.kind]} />
            {contact.label}
          </a>
        ) : (
          <p key={contact.href}>{contact.label}</p>
        ),
      )}
    </div>
  );
}

/** A list of places to get help, each with its hours and ways to get in touch. */
export function ContactCards({ resources }: { resources: readonly Resource[] }) {
  return (
    <ul className="contact-list">
      {resources.map((resource) => (
        <li key={resource.id} className="contact-card">
          <h3>{resource.name}</h3>
          <p>{resource.for}</p>
          <p className="hours">{resource.hours}</p>
          <ContactLinks contacts={resource.contacts} />
        </li>
      ))}
    </ul>
  );
}
