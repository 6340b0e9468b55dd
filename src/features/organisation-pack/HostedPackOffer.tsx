import { useEffect, useState } from "react";
import { useLocation } from "wouter";
import { afterPaint } from "../../browser/after-paint";
import { useHostedStatus } from "../../state/hosted-status";
import { hasContactChanges, type ContactChanges } from "../../domain/pack/contact-changes";
import { acceptHostedOffer, checkHostedPack } from "./check-hosted";

/** What the new version does to the support services, folded: names only, as in the pack. */
function ContactChangesList({ changes }: { changes: ContactChanges }) {
  if (!hasContactChanges(changes)) return <p>Its support contacts stay the same.</p>;
  const groups = [
    ["New", changes.added],
    ["Changed (name, how to reach them, hours, or who they are for)", changes.changed],
    ["No longer listed", changes.removed],
  ] as const;
  return (
    <details>
      <summary>What changes in the support contacts</summary>
      <ul>
        {groups.map(([label, names]) =>
          names.length ? (
            <li key={label}>
              {label}
              <ul>
                {names.map((name, index) => (
                  <li key={`${index}-${name}`}>{name}</li>
                ))}
              </ul>
            </li>
          ) : null,
        )}
      </ul>
    </details>
  );
}

let lookedThisOpening = false;

/**
 * Looks for the organisation's hosted pack once the first screen is drawn, and offers a
 * new version the way the app offers its own updates: the person chooses when. Never
 * shown during a check-in, so its words never change part way through.
 */
export default function HostedPackOffer() {
  const offer = useHostedStatus((state) => state.offer);
  const [location] = useLocation();
  const [busy, setBusy] = useState(false);
  const [later, setLater] = useState<string | null>(null);

  useEffect(
    () =>
      afterPaint(() => {
        // Once each time the app opens, however often this part is drawn again: two looks
        // in one opening would count a missing file twice (told only after two openings).
        if (lookedThisOpening) return;
        lookedThisOpening = true;
        void checkHostedPack().catch(() => undefined);
      }),
    [],
  );

  if (!offer || later === offer.key || location.startsWith("/check-in")) return null;
  return (
    <div className="banner info" role="status" aria-live="polite">
      <p>
        {offer.fromVersion === null
          ? `Your organisation has its own content pack, “${offer.name}”, version ${offer.toVersion}.`
          : `Your organisation has updated its content pack, “${offer.name}”: version ${offer.fromVersion} → ${offer.toVersion}.`}{" "}
        It may change the questions and tips. Past check-ins keep their words.
      </p>
      <ContactChangesList changes={offer.contacts} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await acceptHostedOffer();
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? "Updating…" : "Use the new version"}
        </button>
        <button type="button" className="button secondary" onClick={() => setLater(offer.key)}>
          Later
        </button>
      </div>
    </div>
  );
}
