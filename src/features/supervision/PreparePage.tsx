import { Link, useLocation } from "wouter";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import type { SupervisionPrep } from "../../domain/records";
import { PrepareView } from "./PrepareView";
import { prepLead, StoredPrep } from "./PrepMissing";
import { usePrepEditor } from "./use-prep-editor";
import { usePrepMaterial } from "./use-prep-material";

function PrepareScreen({ stored }: { stored: SupervisionPrep }) {
  const pack = useActivePack();
  const editor = usePrepEditor(stored);
  const { checkIns, peers } = usePrepMaterial(stored.period);
  const [, navigate] = useLocation();
  // Save first, so the preview and the after-session page open with every word typed.
  const go = (path: string) => void editor.flush().then(() => navigate(path));

  return (
    <Page title="Get ready for supervision" lead={prepLead(stored)}>
      <p className="hint">Everything here saves on this device as you type.</p>
      {checkIns === undefined || peers === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <PrepareView
          pack={pack}
          prep={editor.prep}
          update={editor.update}
          checkIns={checkIns}
          peers={peers}
        />
      )}
      <p className="hint prep-status" role="status">
        {editor.status}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => go(`/${stored.id}/print`)}>
          Preview to print or share
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => go(`/${stored.id}/after`)}
        >
          After the session
        </button>
        <Link href="/" className="button secondary">
          All preparations
        </Link>
      </div>
    </Page>
  );
}

export function PreparePage() {
  return <StoredPrep screen={PrepareScreen} />;
}
