import { useEffect, useState } from "react";
import { useLocation } from "wouter";
import { afterPaint } from "../../browser/after-paint";
import { useHostedStatus } from "../../state/hosted-status";
import { acceptHostedOffer, checkHostedPack } from "./check-hosted";

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

  useEffect(() => afterPaint(() => void checkHostedPack().catch(() => undefined)), []);

  if (!offer || later === offer.key || location.startsWith("/check-in")) return null;
  return (
    <div className="banner info" role="status" aria-live="polite">
      <p>
        {offer.fromVersion === null
          ? `Your organisation has its own content pack, “${offer.name}”, version ${offer.toVersion}.`
          : `Your organisation has updated its content pack, “${offer.name}”: version ${offer.fromVersion} → ${offer.toVersion}.`}{" "}
        It may change the questions, tips and contacts. Past check-ins keep their words.
      </p>
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
