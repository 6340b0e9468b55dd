import { downloadFile } from "../browser/download";
import { useNotices } from "../state/notices";
import { copyText, SHARE_MESSAGES, shareText, type ShareOutcome } from "../browser/share";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/**
 * Print, Share (where the device has a share sheet), Save (when a file name is given)
 * and Copy, for text the person has just seen in a preview, then that exact text.
 * Each says what happened; nothing leaves the device until a button is pressed.
 */
export function ShareButtons({
  title,
  text,
  fileName,
}: {
  /** The share sheet's title, e.g. "My wellbeing plan". */
  title: string;
  text: string;
  /** Offers "Save as a text file" under this name. */
  fileName?: string;
}) {
  const show = useNotices((state) => state.show);
  const say = (outcome: ShareOutcome) => {
    if (outcome === "cancelled") return;
    show({ tone: outcome === "failed" ? "problem" : "info", text: SHARE_MESSAGES[outcome] });
  };
  const save = (name: string) => {
    downloadFile(name, text, "text/plain");
    show({ tone: "info", text: "The text file is saved to your downloads." });
  };
  const sends = [canShare() ? "Share" : null, fileName ? "Save" : null, "Copy"].filter(Boolean);
  return (
    <>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        {canShare() ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void shareText(title, text).then(say)}
          >
            Share as text
          </button>
        ) : null}
        {fileName ? (
          <button type="button" className="button secondary" onClick={() => save(fileName)}>
            Save as a text file
          </button>
        ) : null}
        <button
          type="button"
          className="button secondary"
          onClick={() => void copyText(text).then(say)}
        >
          Copy the text
        </button>
      </div>
      <h3>
        The text that {sends.join(", ").replace(/, (?=[^,]*$)/, " and ")}{" "}
        {sends.length === 1 ? "sends" : "send"}
      </h3>
      <pre className="share-text">{text}</pre>
    </>
  );
}
