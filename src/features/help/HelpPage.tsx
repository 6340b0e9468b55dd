import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { Icon } from "../../components/Icon";
import { Page } from "../../components/Page";
import { CRISIS_CONTACTS } from "./crisis-contacts";

const OrganisationHelp = lazy(() => import("./OrganisationHelp"));

export function HelpPage() {
  return (
    <Page
      title="Help now"
      lead="If things feel too much right now, you don’t have to deal with it alone. These services are free and will listen."
    >
      <p className="callout urgent">
        <strong>If you are in danger now, or have hurt yourself, call 999.</strong>
      </p>
      <ul className="contact-list">
        {CRISIS_CONTACTS.map((contact) => (
          <li key={contact.name} className="contact-card">
            <h2>{contact.name}</h2>
            <p>{contact.what}</p>
            <p className="hours">{contact.hours}</p>
            <a className="button contact-action" href={contact.href}>
              <Icon name={contact.href.startsWith("sms:") ? "message" : "phone"} />
              {contact.action}
            </a>
          </li>
        ))}
      </ul>
      <Suspense fallback={null}>
        <OrganisationHelp />
      </Suspense>
      <p>
        Your organisation may have its own support too, such as an employee assistance programme.{" "}
        <Link href="/resources">See all resources</Link>.
      </p>
    </Page>
  );
}
