import type { ContentPack, Resource } from "../domain/pack/schema";
import { ContactCards } from "./ContactLinks";

/** The organisation's own contacts first, then the pack's safety resources in order. */
export function safetyResources(pack: ContentPack): Resource[] {
  const byId = new Map(pack.resources.map((resource) => [resource.id, resource]));
  const chosen = pack.safety.resources
    .map((id) => byId.get(id))
    .filter((resource): resource is Resource => !!resource);
  const own = pack.resources.filter((resource) => resource.organisation);
  return [...own, ...chosen.filter((resource) => !resource.organisation)];
}

/** How many contacts a short safety block shows before "more": the first ones in the pack's order. */
const FEW = 2;

/**
 * The safety block: shown at once after a red-flag answer, and first on such a result.
 * With `few`, the first contacts show and the rest are one tap away, so the result's
 * own words are not pushed far down the page.
 */
export function SafetyHelp({
  pack,
  headingId,
  few = false,
}: {
  pack: ContentPack;
  headingId: string;
  few?: boolean;
}) {
  const resources = safetyResources(pack);
  const first = few ? resources.slice(0, FEW) : resources;
  const more = few ? resources.slice(FEW) : [];
  return (
    <section className="safety" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {pack.safety.heading}
      </h2>
      <p>{pack.safety.intro}</p>
      <p className="callout urgent">
        <strong>{pack.safety.dangerNow}</strong>
      </p>
      <ContactCards resources={first} />
      {more.length > 0 ? (
        <details className="disclosure">
          <summary>More people you can contact ({more.length})</summary>
          <ContactCards resources={more} />
        </details>
      ) : null}
    </section>
  );
}
