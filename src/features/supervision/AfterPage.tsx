import { Link, useLocation } from "wouter";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { usePeerCheckIns } from "../../db/hooks";
import { PREP_LIMITS, type SupervisionPrep } from "../../domain/records";
import { SessionActions } from "./SessionActions";
import { prepLead, StoredPrep } from "./PrepMissing";
import { withAfter } from "../../domain/supervision/prep-record";
import { usePrepEditor } from "./use-prep-editor";

function AfterScreen({ stored }: { stored: SupervisionPrep }) {
  const editor = usePrepEditor(stored);
  const peers = usePeerCheckIns();
  const [, navigate] = useLocation();
  const go = (path: string) => void editor.flush().then(() => navigate(path));

  return (
    <Page title="After the session" lead={prepLead(stored)}>
      <p className="hint">Everything here saves on this device as you type.</p>
      <section aria-labelledby="outcomes-heading" className="section">
        <h2 id="outcomes-heading">What came out of it</h2>
        <Field
          id="outcomes"
          label="What you talked about or decided (optional)"
          hint="Only you can see this. It stays on this device."
          kind="area"
          className="flush"
          rows={5}
          maxLength={PREP_LIMITS.outcomes}
          value={editor.prep.after?.outcomes ?? ""}
          onChange={(event) => {
            const outcomes = event.target.value;
            editor.update((current, now) =>
              withAfter(current, (after) => ({ ...after, outcomes }), now),
            );
          }}
        />
      </section>
      {peers === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <SessionActions editor={editor} peers={peers} />
      )}
      <p className="hint prep-status" role="status">
        {editor.status}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => go(`/${stored.id}/print`)}
        >
          Preview to print or share
        </button>
        <button type="button" className="button secondary" onClick={() => go(`/${stored.id}`)}>
          Back to preparing
        </button>
        <Link href="/" className="button secondary">
          All preparations
        </Link>
      </div>
    </Page>
  );
}

export function AfterPage() {
  return <StoredPrep screen={AfterScreen} />;
}
