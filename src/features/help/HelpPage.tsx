import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { CrisisCard, CrisisCards } from "../../components/CrisisCards";
import { Page } from "../../components/Page";
import { useRegion } from "../../db/hooks";
import { helpNow, REGION_LABELS, type SituationHelp } from "../../domain/help";

const OrganisationHelp = lazy(() => import("./OrganisationHelp"));

/** What a person might be facing, in their words, as Help now lists it. */
const SITUATION_LABELS: Record<SituationHelp["situation"], string> = {
  "self-harm": "Thinking of ending your life or hurting yourself",
  "harm-others": "Worried you might hurt someone",
  home: "Not safe at home",
  work: "Not safe at work",
};

/** One situation, one tap to open: its danger-now words, then the help made for it. */
function Situation({ help }: { help: SituationHelp }) {
  return (
    <details className="disclosure situation" data-situation={help.situation}>
      <summary>{SITUATION_LABELS[help.situation]}</summary>
      <p className="callout urgent danger-now">
        <strong>{help.dangerNow}</strong>
      </p>
      {help.route ? <p className="callout">{help.route}</p> : null}
      <CrisisCards contacts={help.here} level={3} />
      {help.elsewhere.length > 0 ? (
        <>
          <h3>Other parts of the UK</h3>
          <CrisisCards contacts={help.elsewhere} level={4} />
        </>
      ) : null}
    </details>
  );
}

/**
 * Help now: the danger-now words and 999 first, then help by what is happening (one
 * tap each), then the lines that listen to anyone. All from the one crisis list, for
 * where the person works.
 */
export function HelpPage() {
  const region = useRegion();
  const help = helpNow(region);
  return (
    <Page
      title="Help now"
      lead="If things feel too much right now, you don’t have to deal with it alone. These services are free and will listen."
    >
      <div className="callout urgent danger-now">
        <p>
          <strong>{help.dangerNow}</strong>
        </p>
      </div>
      <ul className="contact-list emergency">
        <CrisisCard contact={help.emergency} level={2} />
      </ul>
      <section aria-labelledby="situations-heading" className="section situations">
        <h2 id="situations-heading">Help for what is happening</h2>
        {help.situations.map((situation) => (
          <Situation key={situation.situation} help={situation} />
        ))}
      </section>
      <section aria-labelledby="talk-heading" className="section">
        <h2 id="talk-heading">Need to talk? Someone will listen</h2>
        <CrisisCards contacts={help.general} level={3} />
        {help.generalElsewhere.length > 0 ? (
          <details className="disclosure">
            <summary>In other parts of the UK ({help.generalElsewhere.length})</summary>
            <CrisisCards contacts={help.generalElsewhere} level={3} />
          </details>
        ) : null}
      </section>
      <p className="hint">
        {region
          ? `Services for ${REGION_LABELS[region]} come first. `
          : "Showing services for all of the UK. "}
        <Link href="/settings#region-heading">Change where you work</Link>
      </p>
      <Suspense fallback={null}>
        <OrganisationHelp />
      </Suspense>
      <p>
        Your organisation may have its own support too, such as an employee assistance programme.{" "}
        <Link href="/resources">See all resources</Link>.
      </p>
    </Page>
  );
}
