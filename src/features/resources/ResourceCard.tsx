import { ContactLinks } from "../../components/ContactLinks";
import type { Resource } from "../../domain/pack/schema";
import { firstSentence, type GroupKind } from "../../domain/resources/groups";
import { WORK_LABELS } from "../../domain/resources/needs";

const HOURS_IN_VIEW = new Set<GroupKind>(["emergency", "urgent", "abuse"]);

/** "24 hours" is worth seeing at a glance; other hours are one tap away. */
function isAllDay(hours: string): boolean {
  return /^24 hours/i.test(hours);
}

/**
 * One support service as a short row: its name, one line of what it is, where and for
 * whom it works, and its ways to get in touch. The rest (the full words and the hours)
 * is one tap away (a service open all day with one line needs none), except the hours
 * of crisis and abuse lines, which always show. 999 and crisis lines are marked in words and a thick edge, not only
 * in colour.
 */
export function ResourceCard({ resource, kind }: { resource: Resource; kind: GroupKind }) {
  const line = firstSentence(resource.for);
  const more = resource.for.slice(line.length).trim();
  const allDay = isAllDay(resource.hours);
  // For crisis and abuse lines the hours show at once, so nobody rings a closed line.
  const hoursInView = !allDay && HOURS_IN_VIEW.has(kind);
  return (
    <li className={`contact-card resource-card ${kind}`}>
      <div className="resource-head">
        <h4>{resource.name}</h4>
        <p className="resource-tags">
          <span className="region-tag">{resource.region}</span>
          {allDay ? <span className="region-tag">24 hours</span> : null}
          {resource.work?.map((work) => (
            <span key={work} className="region-tag">
              {WORK_LABELS[work]}
            </span>
          ))}
        </p>
      </div>
      <p>{line}</p>
      {hoursInView ? <p className="resource-hours">{resource.hours}</p> : null}
      <div className="resource-actions">
        <ContactLinks contacts={resource.contacts} />
        {more || (!allDay && !hoursInView) ? (
          <details className="disclosure resource-more">
            <summary>
              {more ? "More" : "Hours"}
              <span className="visually-hidden"> for {resource.name}</span>
            </summary>
            {more ? <p>{more}</p> : null}
            <p>
              <strong>Hours:</strong> {resource.hours}
            </p>
          </details>
        ) : null}
      </div>
    </li>
  );
}
