import { Link } from "wouter";
import { useActivePack } from "../../../state/active-pack";
import { Page } from "../../../components/Page";
import { usePledges } from "../../../db/organisation-hooks";
import { formatDateTime } from "../../../domain/dates";
import { PledgeForm } from "./PledgeForm";
import { PledgeText } from "./PledgeText";

/** The pledge: the current one, the editor, and the versions saved before. */
export function PledgeHome() {
  const pack = useActivePack();
  const pledges = usePledges();
  const framework = pack.organisation?.pledgeFramework;
  const [current, ...older] = pledges ?? [];
  return (
    <Page
      title="Pledge"
      lead="A short public statement of what your organisation will do, authorised by a senior leader."
    >
      {!framework ? (
        <p>The content pack in use has no pledge framework.</p>
      ) : !pledges ? (
        <p className="loading">Loading…</p>
      ) : (
        <>
          {current ? (
            <section aria-labelledby="current-pledge">
              <h2 id="current-pledge">Your pledge</h2>
              <PledgeText pledge={current} framework={framework} />
              <p>
                <Link href="/print" className="button secondary">
                  Print the pledge
                </Link>
              </p>
            </section>
          ) : null}
          <h2>{current ? "Change the pledge" : "Write your pledge"}</h2>
          <p className="hint">Saving keeps a new version. Earlier ones stay below.</p>
          <PledgeForm key={current?.id ?? "new"} framework={framework} current={current} />
          {older.length ? (
            <section aria-labelledby="pledge-versions">
              <h2 id="pledge-versions">Earlier versions</h2>
              {older.map((pledge) => (
                <details key={pledge.id}>
                  <summary>Saved {formatDateTime(pledge.createdAt)}</summary>
                  <PledgeText pledge={pledge} framework={framework} />
                </details>
              ))}
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
