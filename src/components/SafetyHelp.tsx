import { CRISIS_CONTACTS, type Region } from "../domain/help";
import { crisisHelpForFlags } from "../domain/help/crisis-help";
import type { ContentPack, Resource } from "../domain/pack/schema";
import { isSupportService } from "../domain/resources/kinds";
import type { RedFlag } from "../domain/scoring/result";
import { CrisisHelpList } from "./CrisisHelpList";

/**
 * The organisation's own contacts, then any extra resources the pack lists for the
 * safety screen (national crisis lines come from one list in src/domain/help).
 */
export function safetyResources(pack: ContentPack): Resource[] {
  const byId = new Map(pack.resources.map((resource) => [resource.id, resource]));
  const chosen = pack.safety.resources
    .map((id) => byId.get(id))
    .filter((resource): resource is Resource => !!resource);
  const own = pack.resources.filter(
    (resource) => resource.organisation && isSupportService(resource),
  );
  // A crisis line a pack also lists already shows, in its fitting place.
  const crisis = new Set(CRISIS_CONTACTS.map((contact) => contact.id));
  return [
    ...own,
    ...chosen.filter((resource) => !resource.organisation && !crisis.has(resource.id)),
  ];
}

/**
 * The safety block: shown at once after a red-flag answer, and first on such a result.
 * The help that fits the answers given comes first, then the general lines. With
 * `few`, the rest is one tap away, so the result's own words are not pushed far down.
 */
export function SafetyHelp({
  pack,
  flags,
  region,
  headingId,
  few = false,
}: {
  pack: ContentPack;
  flags: readonly Pick<RedFlag, "kind">[];
  region: Region | null;
  headingId: string;
  few?: boolean;
}) {
  return (
    <section className="safety" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {pack.safety.heading}
      </h2>
      <p>{pack.safety.intro}</p>
      <CrisisHelpList
        help={crisisHelpForFlags(flags, region)}
        own={safetyResources(pack)}
        few={few}
      />
    </section>
  );
}
