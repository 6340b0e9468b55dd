import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { CrisisHelpList } from "../../components/CrisisHelpList";
import { Page } from "../../components/Page";
import { useRegion } from "../../db/hooks";
import { helpNowContacts, REGION_LABELS } from "../../domain/help";

const OrganisationHelp = lazy(() => import("./OrganisationHelp"));

export function HelpPage() {
  const region = useRegion();
  return (
    <Page
      title="Help now"
      lead="If things feel too much right now, you don’t have to deal with it alone. These services are free and will listen."
    >
      <CrisisHelpList help={helpNowContacts(region)} level={2} />
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
