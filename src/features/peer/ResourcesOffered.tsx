import { useRef, useState } from "react";
import type { ContentPack } from "../../domain/pack/schema";
import type { PeerCheckIn } from "../../domain/records";
import { isSupportService } from "../../domain/resources/kinds";
import type { PeerUpdate } from "./use-peer-update";

/** Support you pointed your colleague to, picked from the pack's list. */
export function ResourcesOffered({
  pack,
  peer,
  update,
}: {
  pack: ContentPack;
  peer: PeerCheckIn;
  update: PeerUpdate;
}) {
  const offered = new Set(peer.resourcesOffered);
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  // Support services only: training and networks for leads are not support to offer.
  const ordered = pack.resources
    .filter(isSupportService)
    .sort((a, b) => Number(!!b.organisation) - Number(!!a.organisation));
  const toggle = (id: string, on: boolean) =>
    void update((current, now) => ({
      ...current,
      resourcesOffered: on
        ? [...new Set([...current.resourcesOffered, id])]
        : current.resourcesOffered.filter((r) => r !== id),
      updatedAt: now.toISOString(),
    }));
  return (
    <section aria-labelledby="offered-heading" className="section">
      <h2 id="offered-heading">Support you offered</h2>
      <p>
        {offered.size === 0
          ? "None chosen yet."
          : pack.resources
              .filter((r) => offered.has(r.id))
              .map((r) => r.name)
              .join(", ")}
      </p>
      <details
        className="disclosure"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary ref={summary}>Choose support to offer</summary>
        <fieldset className="choices">
          <legend className="visually-hidden">Support you offered</legend>
          {ordered.map((resource) => (
            <label key={resource.id} className="choice checkbox">
              <input
                autoComplete="off"
                type="checkbox"
                checked={offered.has(resource.id)}
                onChange={(event) => toggle(resource.id, event.target.checked)}
              />
              <span>
                {resource.name}
                <span className="hint action-meta">{resource.for}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setOpen(false);
            summary.current?.focus();
          }}
        >
          Done choosing
        </button>
      </details>
    </section>
  );
}
