import type { ReactNode } from "react";
import { Link, useParams } from "wouter";
import { Page } from "../../components/Page";
import { useSupervisionPrep } from "../../db/hooks";
import { formatShortDay } from "../../domain/peer/days";
import type { SupervisionPrep } from "../../domain/records";
import { prepTitle } from "../../domain/supervision/prep-record";

/** "My own supervision, 1 Nov 2026 to 23 Nov 2026": the line under each prep page's heading. */
export function prepLead(prep: SupervisionPrep): string {
  // A date never breaks across lines.
  const day = (iso: string) => formatShortDay(iso).replace(/ /g, "\u00a0");
  return `${prepTitle(prep)}, ${day(prep.period.from)} to ${day(prep.period.to)}`;
}

/** A prep that is not on this device (deleted, or a link from elsewhere). */
export function PrepMissing() {
  return (
    <Page title="We can’t find that preparation">
      <p>It may have been deleted. Nothing else has changed.</p>
      <p>
        <Link href="/">See your preparations</Link>
      </p>
    </Page>
  );
}

/**
 * The prep named in the address, handed to `screen` once read: a loading line first,
 * and the "can't find" page when it is not here. Keyed by id, so a screen starts afresh.
 */
export function StoredPrep({
  screen: Screen,
}: {
  screen: (props: { stored: SupervisionPrep }) => ReactNode;
}) {
  const { id = "" } = useParams<{ id: string }>();
  const prep = useSupervisionPrep(id);
  if (prep === undefined) return <p className="loading">Loading…</p>;
  if (prep === null) return <PrepMissing />;
  return <Screen key={prep.id} stored={prep} />;
}
