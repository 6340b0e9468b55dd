import { ContactLinks } from "../../components/ContactLinks";
import { EMERGENCY_ID } from "../../domain/help";
import type { Resource } from "../../domain/pack/schema";

function kindOf(resource: Resource): "emergency" | "crisis" | "own" | null {
  if (resource.id === EMERGENCY_ID) return "emergency";
  if (resource.organisation) return "own";
  return resource.needs.includes("urgent") ? "crisis" : null;
}

const TAGS = {
  emergency: "Emergency: danger now",
  crisis: "Urgent help",
  own: "From your organisation",
} as const;

/**
 * One support service: what it is for, when and where, and ways to get in touch. 999
 * and urgent lines are marked in words and colour, so they never look like any other.
 */
export function ResourceCard({ resource }: { resource: Resource }) {
  const kind = kindOf(resource);
  return (
    <li className={`contact-card resource-card${kind ? ` ${kind}` : ""}`}>
      <h3>{resource.name}</h3>
      {kind ? <p className={`own-tag ${kind}-tag`}>{TAGS[kind]}</p> : null}
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
