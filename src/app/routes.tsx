import { lazy } from "react";
import { Route, Switch } from "wouter";
import { loadActivePack } from "../components/pack/active-pack";
import { HelpPage } from "../features/help/HelpPage";
import { HomePage } from "../features/home/HomePage";

// Home and Help now are in the first download; every other screen loads when opened.
// Screens whose first view is worded by the content pack fetch it beside their code,
// rather than only once their code has arrived and asked for it.
function withPack<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadActivePack()]).then(([module]) => module);
}

const CheckInPage = lazy(() => import("../features/check-in/CheckInPage"));
const ResultPage = lazy(withPack(() => import("../features/results/ResultPage")));
const HistoryPage = lazy(withPack(() => import("../features/history/HistoryPage")));
const PeerPage = lazy(withPack(() => import("../features/peer/PeerPage")));
const SupervisionPage = lazy(withPack(() => import("../features/supervision/SupervisionPage")));
const ResourcesPage = lazy(withPack(() => import("../features/resources/ResourcesPage")));
const SettingsPage = lazy(() => import("../features/settings/SettingsPage"));
const DataPage = lazy(() => import("../features/data/DataPage"));
const ContentPackPage = lazy(() => import("../features/data/ContentPackPage"));
const NotFoundPage = lazy(() => import("../features/not-found/NotFoundPage"));

/** The screens. Their Suspense boundary is in Layout, outside the part that restarts on each move. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/help" component={HelpPage} />
      <Route path="/check-in" component={CheckInPage} nest />
      <Route path="/results/:id" component={ResultPage} />
      <Route path="/history" component={HistoryPage} nest />
      <Route path="/peer" component={PeerPage} nest />
      <Route path="/supervision" component={SupervisionPage} nest />
      <Route path="/resources" component={ResourcesPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/settings/data" component={DataPage} />
      <Route path="/settings/content-pack" component={ContentPackPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
