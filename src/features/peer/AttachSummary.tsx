import { useState } from "react";
import { parseSharedSelfCheck } from "../../domain/peer/self-check";
import type { PeerCheckIn } from "../../domain/records";
import type { PeerUpdate } from "./use-peer-update";

const MAX_FILE_BYTES = 100_000;

/**
 * The colleague's own self-check summary, if they chose to share it: pasted, or opened
 * from the file their app made. Checked as plain text, and always shown as text.
 */
export function AttachSummary({ peer, update }: { peer: PeerCheckIn; update: PeerUpdate }) {
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState("");

  const attach = (input: string) => {
    const parsed = parseSharedSelfCheck(input);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem("");
    setDraft("");
    void update((current, now) => ({
      ...current,
      attachedSummary: parsed.text,
      updatedAt: now.toISOString(),
    }));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem("This file is too big to be a shared summary, so it was not attached.");
      return;
    }
    attach(await file.text());
  };

  return (
    <section aria-labelledby="attach-heading" className="section">
      <h2 id="attach-heading">Their own summary</h2>
      {peer.attachedSummary ? (
        <>
          <p className="hint">What {peer.colleague} chose to share from their self-check:</p>
          <p className="summary-preview shared-summary">{peer.attachedSummary}</p>
          <button
            type="button"
            className="button small secondary"
            onClick={() =>
              void update((current, now) => {
                const { attachedSummary: _removed, ...rest } = current;
                return { ...rest, updatedAt: now.toISOString() };
              })
            }
          >
            Remove their summary
          </button>
        </>
      ) : (
        <>
          <p className="hint" id="attach-hint">
            If {peer.colleague} shared the summary of their own self-check, paste it here or open
            the file they sent.
          </p>
          {problem ? (
            <p className="field-error" id="attach-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <label htmlFor="attach-text" className="field-label">
            Paste their summary
          </label>
          <textarea
            autoComplete="off"
            id="attach-text"
            className="textarea"
            rows={4}
            aria-describedby={problem ? "attach-hint attach-problem" : "attach-hint"}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => attach(draft)}>
              Attach
            </button>
            <label className="button secondary file-button">
              Open a file
              <input
                autoComplete="off"
                type="file"
                accept=".txt,text/plain"
                className="visually-hidden"
                onChange={(event) => void open(event.target.files?.[0])}
              />
            </label>
          </div>
        </>
      )}
    </section>
  );
}
