import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { routePagesOf } from "../../../scripts/route-pages.mjs";
import { NOT_FOUND, SCREENS, type ScreenEntry } from "../../../src/app/screens";

/**
 * Every route of the app with the heading a person should see first: each screen of the
 * table (src/app/screens.ts) whose address has no parameter, then a few addresses within
 * screens, and one no screen has.
 */
export const ROUTES: readonly { path: string; heading: string }[] = [
  ...SCREENS.flatMap((screen: ScreenEntry) =>
    screen.heading !== null && !screen.path.includes(":")
      ? [{ path: screen.path, heading: screen.heading }]
      : [],
  ),
  { path: "/peer/new", heading: "Start a peer check-in" },
  { path: "/peer/guide", heading: "Conversation guide" },
  { path: "/plan/share", heading: "Share or print my plan" },
  { path: "/plan/conversation", heading: "My plan for a conversation" },
  { path: "/no-such-page", heading: NOT_FOUND.heading },
];

/** The screens with a page of their own in the build (history.html), and what each preloads. */
export const ROUTE_PAGES = routePagesOf(SCREENS);

/** Desktop-sized browser options for test.use(). */
export const DESKTOP = {
  viewport: { width: 1280, height: 800 },
  isMobile: false,
  hasTouch: false,
};

export type Theme = "light" | "dark";

/** Starts the app with a chosen theme, the way the Settings screen saves it. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((chosen) => {
    localStorage.setItem(
      "hcw-appearance",
      JSON.stringify({
        state: { theme: chosen, textSize: "standard", motion: "system" },
        version: 1,
      }),
    );
  }, theme);
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: text })).toBeVisible();
}

/** axe with the WCAG 2.x A and AA rules (2.2 included): the page must have no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, summary.join("\n")).toEqual([]);
}

/** Waits until a service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker || worker.state === "activated") return;
    await new Promise<void>((resolve) => {
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated") resolve();
      });
    });
  });
  // The first visit is not controlled until a reload (we do not claim clients).
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
}

/**
 * Watches, from the page's first script on, for the screens' shared "Loading…" (the
 * fallback while a screen's code loads). React keeps what it replaces in place, hidden,
 * beside it, so each loading line is looked at. expectNoLoadingFlash reads the result.
 */
export async function watchForLoadingFlash(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const lines = [...document.querySelectorAll("main > .loading")];
      if (lines.some((line) => line.textContent === "Loading…")) {
        document.documentElement.dataset.flashed = "yes";
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

export async function expectNoLoadingFlash(page: Page): Promise<void> {
  await expect(page.locator("html")).not.toHaveAttribute("data-flashed", "yes");
}

/** Opens a screen the way a person does from anywhere: the Menu, then its link. */
export async function openFromMenu(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
}

/** The app's largest text setting from the first paint, the way Settings saves it. */
export async function useLargestText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem(
      "hcw-appearance",
      JSON.stringify({
        state: { theme: "light", textSize: "larger", motion: "system" },
        version: 1,
      }),
    );
  });
}

/** Text at twice the usual size from the first paint: the largest setting, then 200%. */
export async function useDoubleText(page: Page): Promise<void> {
  await useLargestText(page);
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      document.documentElement.style.fontSize = "200%";
    });
  });
}

/** Starts the app with quick exit turned on, the way Settings saves it. */
export async function useQuickExitOn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem(
      "hcw-quick-exit",
      JSON.stringify({ state: { enabled: true }, version: 1 }),
    );
  });
}

/**
 * The element is wholly on screen and nothing is drawn over its middle: a person can
 * see it and tap it.
 */
export async function expectInReach(target: Locator, where: string): Promise<void> {
  const reach = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const onTop = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      onScreen:
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth,
      uncovered: !!onTop && element.contains(onTop),
    };
  });
  expect(reach, where).toEqual({ onScreen: true, uncovered: true });
}
