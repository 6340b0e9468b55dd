import { useId } from "react";
import { INSTALL_STEPS, INSTALL_WHY } from "../../domain/install/guide";
import { currentPlatform, useInstallGuide } from "../../state/install-guide";

/**
 * "Keep this app on your phone": why it protects the person's records, and the steps for
 * their browser (or the browser's own Install button where it offers one). On Home it can
 * be put away; Settings always shows it.
 */
export function InstallGuide({ onDismiss }: { onDismiss?: () => void }) {
  const headingId = useId();
  const offer = useInstallGuide((state) => state.offer);
  const setOffer = useInstallGuide((state) => state.setOffer);
  const platform = currentPlatform();
  if (platform === "installed") {
    return (
      <section aria-labelledby={headingId} className="section">
        <h2 id={headingId}>Keep this app on your phone</h2>
        <p>This app is on your Home Screen already, so your records are kept.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="section panel install-guide">
      <h2 id={headingId}>Keep this app on your phone</h2>
      <p>{INSTALL_WHY}</p>
      {offer ? (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              // The browser's offer works once.
              void offer.prompt();
              setOffer(null);
            }}
          >
            Add it to my Home Screen
          </button>
        </div>
      ) : (
        <ol className="install-steps">
          {INSTALL_STEPS[platform].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {onDismiss ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={onDismiss}>
            Not now
          </button>
          <p className="hint">You can find these steps again in Settings.</p>
        </div>
      ) : null}
    </section>
  );
}
