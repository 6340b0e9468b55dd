import type { ComponentType } from "react";
import { parse } from "regexparam";
import { matchRoute, Route, Switch, type RouteComponentProps } from "wouter";
import { loadActivePack } from "../state/active-pack";
import { HelpPage } from "../features/help/HelpPage";
import { HomePage } from "../features/home/HomePage";
import { lazyScreen, type LazyScreen } from "./lazy-screen";
import { NOT_FOUND, SCREENS, type ScreenEntry } from "./screens";

// Home and Help now are in the first download; every other screen loads when opened.
// Screens whose first view is worded by the content pack fetch it beside their code,
// rather than only once their code has arrived and asked for it.
function withPack<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadActivePack()]).then(([module]) => module);
}

const FIRST_DOWNLOAD: Record<string, ComponentType<RouteComponentProps>> = {
  "/": HomePage,
  "/help": HelpPage,
};

type ScreenComponent = ComponentType<RouteComponentProps> &
  Partial<Pick<LazyScreen<RouteComponentProps>, "preload">>;

function componentOf(screen: ScreenEntry): ScreenComponent {
  if (!screen.load) {
    const component = FIRST_DOWNLOAD[screen.path];
    if (!component)
      throw new Error(`routes: ${screen.path} has no load and is not in the first download`);
    return component;
  }
  return lazyScreen(screen.pack ? withPack(screen.load) : screen.load);
}

const ROUTES = SCREENS.map((screen: ScreenEntry) => ({
  ...screen,
  component: componentOf(screen),
}));
const NotFoundPage = lazyScreen(NOT_FOUND.load);

/** The screen drawn at an address (what the Switch below picks, by wouter's own matcher), or undefined. */
export function screenAt(pathname: string): ScreenComponent | undefined {
  return ROUTES.find(({ path, nest }) => matchRoute(parse, path, pathname, nest)[0])?.component;
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
      {ROUTES.map(({ path, component, nest }) => (
        <Route key={path} path={path} component={component} nest={nest} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
