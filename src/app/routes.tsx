import type { ComponentType } from "react";
import { Route, Switch, type RouteComponentProps } from "wouter";
import { loadActivePack } from "../components/pack/active-pack";
import { HelpPage } from "../features/help/HelpPage";
import { HomePage } from "../features/home/HomePage";
import { lazyScreen, type LazyScreen } from "./lazy-screen";

// Home and Help now are in the first download; every other screen loads when opened.
// Screens whose first view is worded by the content pack fetch it beside their code,
// rather than only once their code has arrived and asked for it.
function withPack<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadActivePack()]).then(([module]) => module);
}

const CheckInPage = lazyScreen(() => import("../features/check-in/CheckInPage"));
const ResultPage = lazyScreen(withPack(() => import("../features/results/ResultPage")));
const HistoryPage = lazyScreen(withPack(() => import("../features/history/HistoryPage")));
const PeerPage = lazyScreen(withPack(() => import("../features/peer/PeerPage")));
const SupervisionPage = lazyScreen(
  withPack(() => import("../features/supervision/SupervisionPage")),
);
const ResourcesPage = lazyScreen(withPack(() => import("../features/resources/ResourcesPage")));
const WellbeingPlanPage = lazyScreen(
  withPack(() => import("../features/wellbeing-plan/WellbeingPlanPage")),
);
const SettingsPage = lazyScreen(() => import("../features/settings/SettingsPage"));
const DataPage = lazyScreen(() => import("../features/data/DataPage"));
const ContentPackPage = lazyScreen(() => import("../features/data/ContentPackPage"));
const NotFoundPage = lazyScreen(() => import("../features/not-found/NotFoundPage"));

interface Screen {
  path: string;
  component: ComponentType<RouteComponentProps> & Partial<Pick<LazyScreen<object>, "preload">>;
  /** Also matches the addresses below it (the screen routes within itself). */
  nest?: boolean;
}

const SCREENS: Screen[] = [
  { path: "/", component: HomePage },
  { path: "/help", component: HelpPage },
  { path: "/check-in", component: CheckInPage, nest: true },
  { path: "/results/:id", component: ResultPage },
  { path: "/history", component: HistoryPage, nest: true },
  { path: "/peer", component: PeerPage, nest: true },
  { path: "/supervision", component: SupervisionPage, nest: true },
  { path: "/resources", component: ResourcesPage },
  { path: "/plan", component: WellbeingPlanPage, nest: true },
  { path: "/settings", component: SettingsPage },
  { path: "/settings/data", component: DataPage },
  { path: "/settings/content-pack", component: ContentPackPage },
];

function matches({ path, nest }: Screen, pathname: string): boolean {
  const pattern = path.replace(/:[^/]+/g, "[^/]+");
  return new RegExp(`^${pattern}${nest ? "(/.*)?" : ""}/?$`).test(pathname);
}

/** The screen drawn at an address (what the Switch below picks), or undefined. */
export function screenAt(pathname: string): Screen["component"] | undefined {
  return SCREENS.find((screen) => matches(screen, pathname))?.component;
}

/**
 * Loads the code of the screen the app was opened at, beside the database opening.
 * Settles once it is there (or could not be fetched: the screen then says so itself).
 */
export async function preloadScreenAt(pathname: string): Promise<void> {
  await screenAt(pathname)
    ?.preload?.()
    .catch(() => undefined);
}

/** The screens. Their Suspense boundary is in Layout, outside the part that restarts on each move. */
export function AppRoutes() {
  return (
    <Switch>
      {SCREENS.map(({ path, component, nest }) => (
        <Route key={path} path={path} component={component} nest={nest} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
