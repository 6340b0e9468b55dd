import { ContactLinks } from "../../components/ContactLinks";
import type { Resource } from "../../domain/pack/schema";

/** One support service: what it is for, when and where, and ways to get in touch. */
export function ResourceCard({ resource }: { resource: Resource }) {
  return (
    <li
      className={
        resource.organisation ? "contact-card resource-card own" : "contact-card resource-card"
      }
    >
      <h3>{resource.name}</h3>
      {resource.organisation ? <p className="own-tag">From your organisation</p> : null}
      <p>{resource.for}</p>
      <dl className="resource-facts">
        <div>
          <dt>Hours</dt>
          <dd>{resource.hours}</dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{resource.region}</dd>
        </div>
      </dl>
      <ContactLinks contacts={resource.contacts} />
    </li>
  );
}
