import { Link } from "wouter";
import { useActivePack } from "../../../state/active-pack";
import { Page } from "../../../components/Page";
import { usePledges } from "../../../db/organisation-hooks";
import { PledgeText } from "./PledgeText";

/** The pledge on one printed page, without the app around it. */
export function PledgePrint() {
  const pack = useActivePack();
  const pledges = usePledges();
  if (!pledges) return <p className="loading">Loading…</p>;
  const current = pledges[0];
  return (
    <Page title="Print the pledge">
      {current ? (
        <>
          <div className="no-print">
            <p>This is how the pledge looks on paper.</p>
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
          <article className="pledge-page">
            <h2>Our pledge</h2>
            <PledgeText pledge={current} framework={pack.organisation?.pledgeFramework} />
          </article>
        </>
      ) : (
        <p>There is no pledge saved on this device yet.</p>
      )}
      <p className="no-print">
        <Link href="/">Back to the pledge</Link>
      </p>
    </Page>
  );
}
