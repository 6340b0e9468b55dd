import { Suspense, useState } from "react";
import { Link, useLocation, useSearchParams } from "wouter";
import { Page } from "../../components/Page";
import { useActivePack } from "../../state/active-pack";
import { useRegion } from "../../db/hooks";
import type { ContentPack } from "../../domain/pack/schema";
import type { ResourceFilter } from "../../domain/resources/filter";
import { GroundingList } from "./GroundingList";
import { GroundingPlayer } from "./GroundingPlayer";
import { ResourceSection } from "./ResourceSection";
import "./resources.css";

/**
 * A link to a heading on this page that moves focus there without adding a history
 * entry, so quick exit still leaves no app page behind in the tab's history.
 */
function JumpLink({ to, children }: { to: string; children: string }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(to)?.focus();
      }}
    >
      {children}
    </a>
  );
}

const NO_FILTER: ResourceFilter = { query: "", needs: [] };

/**
 * The list of support services and grounding exercises, or one exercise's player
 * when the address says `?exercise=<id>` (so Back in the browser leaves the player).
 * The search and chosen needs live here, so they are still set after an exercise.
 */
export function ResourcesView({ pack }: { pack: ContentPack }) {
  const [location] = useLocation();
  const [params] = useSearchParams();
  const exerciseId = params.get("exercise");
  const [filter, setFilter] = useState(NO_FILTER);
  // Where the person said they work, until they choose otherwise here.
  const savedRegion = useRegion();
  // Coming back from an exercise puts focus on its Start link, not the top of the page.
  const [shownExercise, setShownExercise] = useState(exerciseId);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  if (shownExercise !== exerciseId) {
    setShownExercise(exerciseId);
    setReturnTo(shownExercise);
  }

  if (exerciseId !== null) {
    const exercise = pack.grounding.find((candidate) => candidate.id === exerciseId);
    return exercise ? (
      <GroundingPlayer key={exercise.id} exercise={exercise} listHref={location} />
    ) : (
      <Page title="We can’t find that exercise">
        <p>It may have been taken out of the content pack, or the link may be wrong.</p>
        <p>
          <Link href={location}>See all resources and exercises</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Resources"
      lead="Places to get support, and short exercises to help you feel calmer."
    >
      <nav aria-label="On this page" className="jump-links">
        <JumpLink to="services-heading">Support services</JumpLink>
        <JumpLink to="grounding-heading">Grounding exercises</JumpLink>
      </nav>
      <ResourceSection
        resources={pack.resources}
        filter={{ ...filter, region: filter.region === undefined ? savedRegion : filter.region }}
        onFilter={setFilter}
      />
      <GroundingList exercises={pack.grounding} listHref={location} focusId={returnTo} />
    </Page>
  );
}

function ResourcesBody() {
  const pack = useActivePack();
  return <ResourcesView pack={pack} />;
}

export default function ResourcesPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <ResourcesBody />
    </Suspense>
  );
}
