import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { useLatestSupervisionPrep, useSupervisionPreps } from "../../db/hooks";
import { PrepList } from "./PrepList";
import { StartPrepForm } from "./StartPrepForm";

/** Start a new preparation, or open one from before. */
export function PrepHome() {
  const pack = useActivePack();
  const latest = useLatestSupervisionPrep();
  const preps = useSupervisionPreps();
  return (
    <Page
      title="Supervision"
      lead="Get ready for a supervision session: how things have been, what you want to bring, and an agenda. It all stays on this device."
    >
      <section aria-labelledby="start-heading" className="section panel">
        <h2 id="start-heading">Prepare for supervision</h2>
        {latest === undefined ? (
          <p className="loading">Loading…</p>
        ) : (
          <StartPrepForm pack={pack} latest={latest} />
        )}
      </section>
      {preps ? <PrepList preps={preps} /> : null}
    </Page>
  );
}
