import type { Contact } from "../domain/pack/schema";
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
