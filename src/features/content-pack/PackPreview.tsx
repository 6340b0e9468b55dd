import { useEffect, useRef } from "react";
import { StageBadge } from "../../components/StageBadge";
import { formatDate } from "../../domain/dates";
import type { ContentPack } from "../../domain/pack/schema";
import { count } from "../../domain/count";

interface PackPreviewProps {
  pack: ContentPack;
  busy: boolean;
  onUse: () => void;
  onCancel: () => void;
}

/** What a pack holds, before it is used. All of it is text from a file, shown as text. */
export function PackPreview({ pack, busy, onUse, onCancel }: PackPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const own = pack.resources.filter((resource) => resource.organisation);
  const others = pack.resources.filter((resource) => !resource.organisation);

  return (
    <section className="panel section pack-preview" aria-labelledby="pack-preview-heading">
      <h2 id="pack-preview-heading" ref={heading} tabIndex={-1}>
        Check this pack before you use it
      </h2>
      <dl className="pack-facts">
        <dt>Name</dt>
        <dd>{pack.name}</dd>
        <dt>From</dt>
        <dd>{pack.publisher}</dd>
        <dt>Version</dt>
        <dd>{pack.version}</dd>
        <dt>Facts checked</dt>
        <dd>{formatDate(`${pack.checked}T12:00:00`)}</dd>
      </dl>
      {pack.description ? <p>{pack.description}</p> : null}

      <h3>Stages</h3>
      <ul className="stage-row" aria-label="Stages, from doing well to most unwell">
        {pack.stages.map((stage) => (
          <li key={stage.id}>
            <StageBadge stage={stage} size="small" />
          </li>
        ))}
      </ul>

      <h3>Questions</h3>
      <p>
        {count(pack.items.length, "question", "questions")} about{" "}
        {count(pack.domains.length, "part", "parts")} of life:{" "}
        {pack.domains.map((domain) => domain.label).join(", ")}.
      </p>

      <h3>The organisation’s own support</h3>
      {own.length > 0 ? (
        <ul className="own-support">
          {own.map((resource) => (
            <li key={resource.id}>
              <p>
                <strong>{resource.name}</strong>
              </p>
              <p>{resource.for}</p>
              <p className="hint">
                {[...resource.contacts.map((contact) => contact.label), resource.hours].join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>This pack does not add any support contacts of its own.</p>
      )}
      <details className="disclosure">
        <summary>{count(others.length, "other support service", "other support services")}</summary>
        <ul>
          {others.map((resource) => (
            <li key={resource.id}>{resource.name}</li>
          ))}
        </ul>
      </details>

      <p className="callout">
        New check-ins will use this pack’s words. Past check-ins keep the words they were saved
        with. You can switch back to the app’s own pack at any time.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onUse}>
          Use this pack
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
