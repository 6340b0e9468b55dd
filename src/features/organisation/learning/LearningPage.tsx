import { Suspense } from "react";
import { Link } from "wouter";
import { ContactLinks } from "../../../components/ContactLinks";
import { Page } from "../../../components/Page";
import { useActivePack } from "../../../state/active-pack";
import { learningByKind } from "../../../domain/resources/kinds";
import { formatShortDay } from "../../../domain/peer/days";
import "../work-parts.css";

/** Training, networks of leads and communities of practice from the content pack. */
function LearningBody() {
  const pack = useActivePack();
  return (
    <Page
      title="Learning and community"
      lead="Training, and people to learn with, for those who lead this work."
    >
      <p>
        <Link href="~/organisation">Back to teams and organisations</Link>
      </p>
      {learningByKind(pack.resources).map((group) => (
        <section key={group.kind} aria-labelledby={`learn-${group.kind}`} className="section">
          <h2 id={`learn-${group.kind}`}>{group.heading}</h2>
          {group.resources.length === 0 ? (
            <p>{group.none}</p>
          ) : (
            <ul className="contact-list">
              {group.resources.map((resource) => (
                <li key={resource.id} className="contact-card">
                  <h3>{resource.name}</h3>
                  <p>{resource.for}</p>
                  <dl className="work-facts">
                    <div>
                      <dt>Where</dt>
                      <dd>{resource.region}</dd>
                    </div>
                    <div>
                      <dt>Last checked</dt>
                      <dd>{formatShortDay(resource.checked)}</dd>
                    </div>
                  </dl>
                  <ContactLinks contacts={resource.contacts} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Page>
  );
}

export default function LearningPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <LearningBody />
    </Suspense>
  );
}
