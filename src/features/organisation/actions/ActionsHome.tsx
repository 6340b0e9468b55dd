import { Link } from "wouter";
import { Page } from "../../../components/Page";
import { useActivePack } from "../../../state/active-pack";
import { useOrgActions } from "../../../db/organisation-hooks";
import { actionCountNudge, actionsInOrder } from "../../../domain/organisation/action-rules";
import { isoDay } from "../../../domain/dates";
import { ActionCard } from "./ActionCard";
import { ActionsCsv } from "./ActionsCsv";
import { StartAction } from "./StartAction";

/** The key actions, those due for a look first, and ways to start another. */
export function ActionsHome() {
  const actions = useOrgActions();
  const pack = useActivePack();
  const today = isoDay(new Date());
  if (actions === undefined) return <p className="loading">Loading…</p>;
  const nudge = actionCountNudge(actions.length);
  return (
    <Page
      title="Key actions"
      lead="What your team or organisation will change in the next twelve months, who leads it, and how it is going."
    >
      <p>
        <Link href="~/organisation">Back to teams and organisations</Link>
      </p>
      <section aria-labelledby="actions-heading" className="section">
        <h2 id="actions-heading">Your key actions ({actions.length})</h2>
        {nudge ? <p className="hint">{nudge} You can add more than two.</p> : null}
        {actions.length === 0 ? (
          <p>None yet. Start one below: they are kept on this device.</p>
        ) : (
          <ul className="work-list">
            {actionsInOrder(actions, today).map((action) => (
              <ActionCard key={action.id} action={action} today={today} />
            ))}
          </ul>
        )}
        {actions.length > 0 ? <ActionsCsv actions={actions} /> : null}
      </section>
      <StartAction examples={pack.organisation?.actionExamples ?? []} today={today} />
    </Page>
  );
}
