import { Link } from "wouter";
import { Page } from "../../components/Page";
import { ORG_SECTIONS } from "./sections";

/** What this part of the app is for, and a link to each of its parts. */
export function OrgHub() {
  return (
    <Page
      title="For teams and organisations"
      lead="For a team lead, or a team working through it together."
    >
      <p>
        This part helps a team or service look at how it works, and what to change, so it is a safer
        and kinder place for staff and for the people it serves.
      </p>
      <p>It is about the workplace, not about any one person.</p>
      <p>
        What you write stays on this device. Nothing is sent anywhere unless you choose to print or
        share it.
      </p>
      <ul className="org-sections">
        {ORG_SECTIONS.map((section) => (
          <li key={section.path}>
            <Link href={section.path} className="org-section-link">
              {section.title}
            </Link>
            <p className="hint">{section.about}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
