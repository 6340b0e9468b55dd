import { useMemo, useState } from "react";
import { Link, useParams } from "wouter";
import { useNotices } from "../../components/notices";
import { useActivePack } from "../../components/pack/active-pack";
import { Page } from "../../components/Page";
import { copyText, SHARE_MESSAGES, shareText } from "../../components/share";
import { useSupervisionPrep } from "../../db/hooks";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn, PeerCheckIn, SupervisionPrep } from "../../domain/records";
import { prepSummaryText } from "../../domain/supervision/summary";
import { PrepMissing } from "./PrepMissing";
import { PrepSheet } from "./PrepSheet";
import { usePrepMaterial } from "./usePrepMaterial";

const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

function PrintAndShare({
  pack,
  prep,
  checkIns,
  peers,
}: {
  pack: ContentPack;
  prep: SupervisionPrep;
  checkIns: CheckIn[];
  peers: PeerCheckIn[];
}) {
  const show = useNotices((state) => state.show);
  const [includeBlank, setIncludeBlank] = useState(false);
  const text = useMemo(
    () =>
      prepSummaryText(
        pack,
        prep,
        { checkIns, peerCheckIns: peers },
        { trend: prep.role === "my-own" },
      ),
    [pack, prep, checkIns, peers],
  );
  const say = (outcome: keyof typeof SHARE_MESSAGES) => {
    if (outcome === "cancelled") return;
    show({ tone: outcome === "failed" ? "problem" : "info", text: SHARE_MESSAGES[outcome] });
  };

  return (
    <>
      <PrepSheet
        pack={pack}
        prep={prep}
        checkIns={checkIns}
        peers={peers}
        includeBlank={includeBlank}
      />
      <section aria-labelledby="share-heading" className="section prep-share no-print">
        <h2 id="share-heading">Print or share</h2>
        <p>Nothing has left this device. Printing and sharing only happen when you choose them.</p>
        <label className="choice checkbox">
          <input
            type="checkbox"
            autoComplete="off"
            checked={includeBlank}
            onChange={(event) => setIncludeBlank(event.target.checked)}
          />
          <span>Also print the questions I left blank, with space to write</span>
        </label>
        <p className="hint">To save a PDF, choose “Save as PDF” in the print window.</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          {canShare() ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => void shareText("Supervision preparation", text).then(say)}
            >
              Share as text
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
        <h3>{canShare() ? "The text that Share and Copy send" : "The text that Copy sends"}</h3>
        <pre className="share-text">{text}</pre>
      </section>
    </>
  );
}

function PreviewScreen({ prep }: { prep: SupervisionPrep }) {
  const pack = useActivePack();
  const { checkIns, peers } = usePrepMaterial(prep.period);
  return (
    <Page
      title="Your page for supervision"
      lead="This is how it looks when printed. Check it over, then print or share it below."
    >
      <div className="prep-preview">
        {checkIns === undefined || peers === undefined ? (
          <p className="loading">Loading…</p>
        ) : (
          <PrintAndShare pack={pack} prep={prep} checkIns={checkIns} peers={peers} />
        )}
        <div className="actions no-print">
          <Link href={`/${prep.id}`} className="button secondary">
            Back to preparing
          </Link>
          <Link href={`/${prep.id}/after`} className="button secondary">
            After the session
          </Link>
        </div>
      </div>
    </Page>
  );
}

export function PreviewPage() {
  const { id = "" } = useParams<{ id: string }>();
  const prep = useSupervisionPrep(id);
  if (prep === undefined) return <p className="loading">Loading…</p>;
  if (prep === null) return <PrepMissing />;
  return <PreviewScreen prep={prep} />;
}
