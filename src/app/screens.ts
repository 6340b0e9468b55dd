import type { ComponentType } from "react";
import type { RouteComponentProps } from "wouter";

/**
 * Every screen of the app, said once. The router (routes.tsx), the menu (Layout), the
 * screen pages of the build (scripts/route-pages.mjs, read by vite.config.ts) and the
 * end-to-end sweeps (tests/e2e/support/app.ts) all read this table.
 *
 * To add a screen: make its folder under src/features, add one entry here. Nothing else.
 *
 * Node reads this file too (the build, the e2e tests), so it imports types only: the
 * screens' code loads through `load`, when a screen is first needed.
 */
export interface ScreenEntry {
  /** The address, in wouter's pattern syntax ("/results/:id"). */
  readonly path: string;
  /** Also matches the addresses below it (the screen routes within itself). */
  readonly nest?: boolean;
  /** The module `load` imports, from the project root (the build preloads its chunk). */
  readonly module: string;
  /**
   * Loads the screen's code. Absent for the few screens in the first download, which
   * routes.tsx imports itself (Home, Help now).
   */
  readonly load?: () => Promise<{ default: ComponentType<RouteComponentProps> }>;
  /** Its first view is worded by the content pack: fetch the pack beside its code. */
  readonly pack: boolean;
  /**
   * Gets a page of its own in the build (history.html: index.html that preloads its
   * code), for people who open it straight from its address.
   */
  readonly ownPage?: boolean;
  /** Its link in the main menu, which lists them in this table's order. */
  readonly menu?: string;
  /** The heading a person sees first (null: it depends on the record shown). */
  readonly heading: string | null;
}

export const SCREENS = [
  {
    path: "/",
    module: "src/features/home/HomePage.tsx",
    pack: false,
    menu: "Home",
    heading: "How are you today?",
  },
  { path: "/help", module: "src/features/help/HelpPage.tsx", pack: false, heading: "Help now" },
  {
    path: "/check-in",
    nest: true,
    module: "src/features/check-in/CheckInPage.tsx",
    load: () => import("../features/check-in/CheckInPage"),
    pack: false,
    ownPage: true,
    menu: "Check-in",
    heading: "Check-in",
  },
  {
    path: "/results/:id",
    module: "src/features/results/ResultPage.tsx",
    load: () => import("../features/results/ResultPage"),
    pack: true,
    heading: null,
  },
  {
    path: "/history",
    nest: true,
    module: "src/features/history/HistoryPage.tsx",
    load: () => import("../features/history/HistoryPage"),
    pack: true,
    ownPage: true,
    menu: "History",
    heading: "History",
  },
  {
    path: "/peer",
    nest: true,
    module: "src/features/peer/PeerPage.tsx",
    load: () => import("../features/peer/PeerPage"),
    pack: true,
    ownPage: true,
    menu: "Peer check-in",
    heading: "Peer check-in",
  },
  {
    path: "/supervision",
    nest: true,
    module: "src/features/supervision/SupervisionPage.tsx",
    load: () => import("../features/supervision/SupervisionPage"),
    pack: true,
    ownPage: true,
    menu: "Supervision",
    heading: "Supervision",
  },
  {
    path: "/resources",
    module: "src/features/resources/ResourcesPage.tsx",
    load: () => import("../features/resources/ResourcesPage"),
    pack: true,
    ownPage: true,
    menu: "Resources",
    heading: "Resources",
  },
  {
    path: "/plan",
    nest: true,
    module: "src/features/wellbeing-plan/WellbeingPlanPage.tsx",
    load: () => import("../features/wellbeing-plan/WellbeingPlanPage"),
    pack: true,
    heading: "My wellbeing plan",
  },
  {
    path: "/settings",
    module: "src/features/settings/SettingsPage.tsx",
    load: () => import("../features/settings/SettingsPage"),
    pack: false,
    ownPage: true,
    menu: "Settings",
    heading: "Settings",
  },
  {
    path: "/settings/data",
    module: "src/features/your-data/DataPage.tsx",
    load: () => import("../features/your-data/DataPage"),
    pack: false,
    heading: "Your data",
  },
  {
    path: "/settings/content-pack",
    module: "src/features/content-pack/ContentPackPage.tsx",
    load: () => import("../features/content-pack/ContentPackPage"),
    pack: false,
    heading: "Content pack",
  },
  {
    // Last in the menu: for a team lead, out of the way of a staff member's own screens.
    path: "/organisation",
    nest: true,
    module: "src/features/organisation/OrganisationPage.tsx",
    load: () => import("../features/organisation/OrganisationPage"),
    pack: true,
    menu: "For teams and organisations",
    heading: "For teams and organisations",
  },
] as const satisfies readonly ScreenEntry[];

/** Drawn at any address no screen above matches. */
export const NOT_FOUND = {
  module: "src/features/not-found/NotFoundPage.tsx",
  load: () => import("../features/not-found/NotFoundPage"),
  heading: "We can’t find that page",
} as const;
