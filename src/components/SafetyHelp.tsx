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

/** The safety block: shown at once after a red-flag answer, and first on such a result. */
export function SafetyHelp({ pack, headingId }: { pack: ContentPack; headingId: string }) {
  return (
    <section className="safety" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {pack.safety.heading}
      </h2>
      <p>{pack.safety.intro}</p>
      <p className="callout urgent">
        <strong>{pack.safety.dangerNow}</strong>
      </p>
      <ContactCards resources={safetyResources(pack)} />
    </section>
  );
}
