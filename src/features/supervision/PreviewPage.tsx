import { useMemo, useState } from "react";
import { Link, useParams } from "wouter";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { ShareButtons } from "../../components/ShareButtons";
import { useSupervisionPrep } from "../../db/hooks";
import type { ContentPack } from "../../domain/pack/schema";
import type { CheckIn, PeerCheckIn, SupervisionPrep } from "../../domain/records";
import { prepSummaryText } from "../../domain/supervision/summary";
import { PrepMissing } from "./PrepMissing";
import { PrepSheet } from "./PrepSheet";
import { usePrepMaterial } from "./use-prep-material";

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
        <ShareButtons title="Supervision preparation" text={text} />
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
