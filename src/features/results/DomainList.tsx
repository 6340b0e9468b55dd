import { StageBadge } from "../../components/StageBadge";
import { stageFor } from "../../domain/pack/lookup";
import type { ContentPack } from "../../domain/pack/schema";
import type { DomainResult } from "../../domain/scoring/result";

/** Each part of life with its own stage, or a plain "no answers" when skipped. */
export function DomainList({
  pack,
  domains,
}: {
  pack: ContentPack;
  domains: readonly DomainResult[];
}) {
  return (
    <details className="section disclosure section-disclosure">
      <summary>
        <h2 id="domains-heading">Each part of life</h2>
      </summary>
      <ul className="domain-list" aria-labelledby="domains-heading">
        {domains.map((entry) => {
          const domain = pack.domains.find((d) => d.id === entry.domainId);
          const stage = stageFor(pack, entry);
          return (
            <li key={entry.domainId}>
              <span className="domain-name">{domain?.label ?? entry.domainId}</span>
              {stage ? (
                <StageBadge stage={stage} size="small" />
              ) : (
                <span className="muted">No answers</span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
