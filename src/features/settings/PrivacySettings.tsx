import { useQuickExit } from "../../state/quick-exit";
import { LockSettings } from "./LockSettings";

/** Privacy on a shared or personal phone. The passcode lock joins this section. */
export function PrivacySettings() {
  const { enabled, setEnabled } = useQuickExit();
  return (
    <section aria-labelledby="privacy-heading" className="section">
      <h2 id="privacy-heading">Privacy</h2>
      <LockSettings />
      <h3>Quick exit</h3>
      <label className="choice checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={enabled}
          aria-describedby="quick-exit-hint"
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <span>Quick exit</span>
      </label>
      <p className="hint" id="quick-exit-hint">
        Adds a “Leave quickly” button to the top of every screen. Pressing it, or pressing the Shift
        key three times, hides the app at once and opens a weather page instead. While this is on,
        the app does not add its pages to this tab’s history, so the Back button cannot bring them
        back. Your records stay saved on this device.
      </p>
    </section>
  );
}
