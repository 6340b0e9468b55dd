import { useState } from "react";
import { downloadFile } from "../../browser/download";
import { useNotices } from "../../state/notices";
import { SHARE_MESSAGES, copyText, shareText } from "../../browser/share";
import type { ContentPack } from "../../domain/pack/schema";
import { HELP_WITH_MAX, selfCheckSummaryText } from "../../domain/peer/self-check";
import type { CheckIn } from "../../domain/records";

/**
 * A short summary of this check-in for a manager or supervisor. The person picks each
 * line and sees the exact text before anything leaves the device.
 */
export function ShareSummary({ pack, checkIn }: { pack: ContentPack; checkIn: CheckIn }) {
  const [stage, setStage] = useState(true);
  const [pattern, setPattern] = useState(false);
  const [helpWith, setHelpWith] = useState("");
  const show = useNotices((state) => state.show);
  const text = selfCheckSummaryText(pack, checkIn, { stage, pattern, helpWith });
  const tell = (outcome: keyof typeof SHARE_MESSAGES) =>
    show({ tone: "info", text: SHARE_MESSAGES[outcome] });

  return (
    <section aria-labelledby="share-heading" className="section">
      <h2 id="share-heading">Share with someone you trust</h2>
      <details className="disclosure">
        <summary>Make a short summary for a manager or supervisor</summary>
        <p className="hint">You choose every line. Nothing else from your check-in goes in.</p>
        <label className="choice checkbox">
          <input
            autoComplete="off"
            type="checkbox"
            checked={stage}
            onChange={(event) => setStage(event.target.checked)}
          />
          <span>Where I am (my stage)</span>
        </label>
        <label className="choice checkbox">
          <input
            autoComplete="off"
            type="checkbox"
            checked={pattern}
            onChange={(event) => setPattern(event.target.checked)}
          />
          <span>How stress shows up for me</span>
        </label>
        <div className="field">
          <label htmlFor="help-with" className="field-label">
            What I’d like help with (optional)
          </label>
          <textarea
            autoComplete="off"
            id="help-with"
            className="textarea"
            rows={3}
            maxLength={HELP_WITH_MAX}
            value={helpWith}
            onChange={(event) => setHelpWith(event.target.value)}
          />
        </div>
        <h3>What they will see</h3>
        <p className="summary-preview" data-testid="self-summary-preview">
          {text}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => void shareText("My check-in", text).then(tell)}
          >
            Share
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void copyText(text).then(tell)}
          >
            Copy
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => downloadFile("my-check-in.txt", text, "text/plain")}
          >
            Save as a file
          </button>
        </div>
      </details>
    </section>
  );
}
