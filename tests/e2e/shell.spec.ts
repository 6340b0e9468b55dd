import { expect, test } from "@playwright/test";
import { CONTENT_SECURITY_POLICY } from "../../scripts/csp.mjs";
import {
  DESKTOP,
  expectHeading,
  expectNoAxeViolations,
  expectNoLoadingFlash,
  openFromMenu,
  ROUTE_PAGES,
  ROUTES,
  useDoubleText,
  useLargestText,
  useTheme,
  watchForLoadingFlash,
} from "./support/app";

for (const theme of ["light", "dark"] as const) {
  test.describe(`every route at phone size, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => useTheme(page, theme));
    for (const route of ROUTES) {
      test(`${route.path} shows its heading and has no axe violations`, async ({ page }) => {
        await page.goto(route.path);
        await expectHeading(page, route.heading);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await expectNoAxeViolations(page);
      });
    }
  });

  test.describe(`every route at desktop size, ${theme} theme`, () => {
    test.use(DESKTOP);
    test.beforeEach(async ({ page }) => useTheme(page, theme));
    for (const route of ROUTES) {
      test(`${route.path} has no axe violations`, async ({ page }) => {
        await page.goto(route.path);
        await expectHeading(page, route.heading);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe("a screen opened from its address", () => {
  for (const [name, modules] of Object.entries(ROUTE_PAGES)) {
    const heading = ROUTES.find((r) => r.path === `/${name}`)?.heading;
    test(`/${name} asks for its own code beside the app's, and draws`, async ({ page }) => {
      expect(heading, `ROUTES in support/app.ts names /${name}`).toBeDefined();
      const problems: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
      page.on("requestfailed", (r) => {
        // The organisation's pack is looked for after the screen is drawn; the test ending
        // can cut that look short (net::ERR_ABORTED), which is no failure of the screen.
        if (
          r.url().endsWith("/organisation-pack.json") &&
          r.failure()?.errorText === "net::ERR_ABORTED"
        )
          return;
        problems.push(`failed: ${r.url()}`);
      });
      await page.goto(`/${name}`);
      const preloads = await page
        .locator('link[rel="modulepreload"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const module of modules) {
        const chunk = module
          .split("/")
          .at(-1)
          ?.replace(/\.tsx?$/, "");
        const named = chunk === "index" ? module.split("/").at(-2) : chunk;
        expect(preloads.some((href) => href.startsWith(`/assets/${named}-`))).toBe(true);
      }
      await expectHeading(page, heading ?? "");
      expect(problems).toEqual([]);
    });
  }
});

test.describe("a screen whose code is slow to arrive, opened from its address", () => {
  test.use({ serviceWorkers: "block" });

  test("shows the app opening, then the screen, never a Loading… in between", async ({ page }) => {
    // A slow network for History's own code only.
    await page.route(/\/assets\/HistoryPage-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await watchForLoadingFlash(page);
    await page.goto("/history");
    await expectHeading(page, "History");
    await expectNoLoadingFlash(page);
  });
});

test("moving to another screen keeps the last one up while it loads, with no Loading… flash", async ({
  page,
}) => {
  await watchForLoadingFlash(page);
  await page.goto("/");
  await expectHeading(page, "How are you today?");
  // Resources first: neither its code nor the content pack it words itself with is loaded.
  await page.getByRole("link", { name: "Find support and calming exercises" }).click();
  await expectHeading(page, "Resources");
  await openFromMenu(page, "History");
  await expectHeading(page, "History");
  await expectNoLoadingFlash(page);
});

test("the system theme follows the device's dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("Help now is in the same place on every screen and lists UK crisis lines", async ({
  page,
}) => {
  const boxes = [];
  for (const route of ROUTES) {
    await page.goto(route.path);
    const help = page.getByRole("banner").getByRole("link", { name: "Help now" });
    await expect(help).toBeVisible();
    boxes.push(await help.boundingBox());
  }
  for (const box of boxes) expect(box).toEqual(boxes[0]);

  await page.getByRole("banner").getByRole("link", { name: "Help now" }).click();
  await expectHeading(page, "Help now");
  await expect(page.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  await expect(page.getByRole("link", { name: "Call 111" })).toHaveAttribute("href", "tel:111");
  await expect(page.getByRole("link", { name: "Call 116 123" })).toHaveAttribute(
    "href",
    "tel:116123",
  );
  await expect(page.getByRole("link", { name: "Text SHOUT to 85258" })).toHaveAttribute(
    "href",
    /^sms:85258/,
  );
});

test("navigating moves focus to the new page's heading, and the skip link reaches main", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await openFromMenu(page, "Settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeFocused();
  // Neutral: the tab, history and session files never say which screen was open.
  await expect(page).toHaveTitle("Healing Centred Wellbeing");
});

test("a deep link loads directly, and an unknown address gets a kind page", async ({ page }) => {
  await page.goto("/settings");
  await expectHeading(page, "Settings");
  await page.goto("/somewhere/else");
  await expectHeading(page, "We can’t find that page");
  await page.getByRole("link", { name: "Go to Home" }).click();
  await expectHeading(page, "How are you today?");
});

test("theme and text size chosen in Settings are kept after a reload", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.getByRole("radio", { name: "Larger" }).check();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
});

test("the page is served with the strict content security policy and breaks none of it", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto("/");
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  expect(csp).not.toContain("unsafe-inline");
  for (const route of ROUTES) await page.goto(route.path);
  expect(violations).toEqual([]);
});

test("works at 320 px wide with 200% text: nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await useDoubleText(page);
  for (const route of ROUTES) {
    await page.goto(route.path);
    // Measure the screen as drawn, not while it is still loading.
    await expectHeading(page, route.heading);
    await expect(page.locator("main .loading")).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${route.path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test("at 320 px with the largest text, Help now stays on the top row beside the menu", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await useLargestText(page);
  await page.goto("/");
  const help = await page.getByRole("banner").getByRole("link", { name: "Help now" }).boundingBox();
  const menu = await page.getByRole("button", { name: "Menu" }).boundingBox();
  expect(Math.abs((help?.y ?? 0) - (menu?.y ?? 100))).toBeLessThan(8);
  expect((help?.x ?? 0) + (help?.width ?? 0)).toBeLessThanOrEqual(320);
});
