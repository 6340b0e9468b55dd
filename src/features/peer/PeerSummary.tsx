import { useState } from "react";
import { Link, useParams } from "wouter";
import { useNotices } from "../../state/notices";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { SHARE_MESSAGES, copyText, shareText } from "../../browser/share";
import { usePeerCheckIn } from "../../db/hooks";
import { peerSummaryText } from "../../domain/peer/summary";

/** The summary for the colleague: previewed here first; it leaves only when asked. */
export function PeerSummary() {
  const { id = "" } = useParams<{ id: string }>();
  const peer = usePeerCheckIn(id);
  const pack = useActivePack();
  const [includeNotes, setIncludeNotes] = useState(false);
  const show = useNotices((state) => state.show);
  if (peer === undefined) return <p className="loading">Loading…</p>;
  if (peer === null) {
    return (
      <Page title="We can’t find that peer check-in">
        <p>
          <Link href="/">See your peer check-ins</Link>
        </p>
      </Page>
    );
  }
  const text = peerSummaryText(pack, peer, { includeNotes });
  const canIncludeNotes = peer.consent.notes === "keep-notes";
  const title = `Our check-in, ${peer.heldOn}`;

  return (
    <Page
      title={`Summary for ${peer.colleague}`}
      lead="Read it through first. Nothing leaves this device until you share, copy or print it."
    >
      {canIncludeNotes ? (
        <label className="choice checkbox no-print">
          <input
            autoComplete="off"
            type="checkbox"
            checked={includeNotes}
            onChange={(event) => setIncludeNotes(event.target.checked)}
          />
          <span>Include my private notes</span>
        </label>
      ) : null}
      <section aria-labelledby="preview-heading" className="section">
        <h2 id="preview-heading" className="no-print">
          Preview
        </h2>
        <div className="summary-preview" data-testid="summary-preview">
          {text}
        </div>
      </section>
      <div className="actions no-print">
        <button
          type="button"
          className="button"
          onClick={() =>
            void shareText(title, text).then((outcome) =>
              show({ tone: "info", text: SHARE_MESSAGES[outcome] }),
            )
          }
        >
          Share
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void copyText(text).then((outcome) =>
              show({ tone: "info", text: SHARE_MESSAGES[outcome] }),
            )
          }
        >
          Copy
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print
        </button>
        <Link href={`/${peer.id}`} className="button secondary">
          Back to the check-in
        </Link>
      </div>
    </Page>
  );
}
