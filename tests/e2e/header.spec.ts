import { expect, test, type Page } from "@playwright/test";
import {
  DESKTOP,
  expectHeading,
  expectInReach,
  ROUTES,
  useDoubleText,
  useQuickExitOn,
} from "./support/app";

const SIZES = [
  { width: 390, height: 844, headerAtMost: 844 / 6 },
  { width: 320, height: 640, headerAtMost: 640 / 4 },
] as const;

async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.evaluate((share) => {
    const room = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(room * share));
  }, fraction);
}

for (const size of SIZES) {
  for (const quickExit of [false, true]) {
    const what = quickExit ? "Help now and Leave quickly stay" : "Help now stays";
    test(`${what} in reach at every scroll position of every route, ${size.width}×${size.height} with 200% text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await useDoubleText(page);
      if (quickExit) await useQuickExitOn(page);
      const banner = page.getByRole("banner");
      const controls = [banner.getByRole("link", { name: "Help now" })];
      if (quickExit) controls.push(banner.getByRole("button", { name: "Leave quickly" }));

      for (const route of ROUTES) {
        await page.goto(route.path);
        await expectHeading(page, route.heading);
        await expect(page.locator("main .loading")).toHaveCount(0);
        const header = await banner.evaluate((element) => element.getBoundingClientRect().height);
        expect(header, `${route.path}: header height`).toBeLessThanOrEqual(size.headerAtMost);
        for (const fraction of [0, 0.5, 1]) {
          await scrollTo(page, fraction);
          for (const control of controls) {
            await expectInReach(control, `${route.path} scrolled ${fraction * 100}%`);
          }
        }
      }
    });
  }
}

test("a control reached with the keyboard is never hidden under the header (WCAG 2.4.11)", async ({
  page,
}) => {
  await useDoubleText(page);
  await useQuickExitOn(page);
  await page.goto("/settings");
  await expectHeading(page, "Settings");
  const banner = page.getByRole("banner");
  const checkFocus = async (step: string) => {
    const [header, focused] = await Promise.all([
      banner.evaluate((element) => element.getBoundingClientRect().bottom),
      page.evaluate(() => {
        const element = document.activeElement;
        // The header's own controls, and the skip link drawn over it, are never under it.
        if (!element || element === document.body) return null;
        if (element.closest("header, .skip-link")) return null;
        return element.getBoundingClientRect().top;
      }),
    ]);
    if (focused !== null) expect(focused, step).toBeGreaterThanOrEqual(header);
  };
  // Down the page, then back up it: going back is when a focused control lands at the top.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    await checkFocus(`Tab ${i + 1}`);
  }
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Shift+Tab");
    await checkFocus(`Shift+Tab ${i + 1}`);
  }
});

test.describe("the keyboard shortcut hint", () => {
  test("is not shown on a touch phone", async ({ page }) => {
    await useQuickExitOn(page);
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Leave quickly" })).toBeVisible();
    await expect(page.getByText("or press Shift three times")).toBeHidden();
  });

  test.describe("with a mouse and keyboard", () => {
    test.use(DESKTOP);
    test("is shown beside Leave quickly", async ({ page }) => {
      await useQuickExitOn(page);
      await page.goto("/");
      await expect(page.getByText("or press Shift three times")).toBeVisible();
    });
  });
});

test.describe("on a desktop", () => {
  test.use(DESKTOP);

  test("the header and the top menu line up with the content column", async ({ page }) => {
    const left = (target: ReturnType<Page["locator"]>) =>
      target.evaluate((element) => Math.round(element.getBoundingClientRect().left));
    for (const path of ["/", "/history", "/settings"]) {
      await page.goto(path);
      const heading = await left(page.getByRole("heading", { level: 1 }));
      expect(await left(page.getByRole("banner").getByRole("link").first()), path).toBe(heading);
      const menu = page.getByRole("navigation", { name: "Main" }).getByRole("link").first();
      expect(await left(menu), path).toBe(heading);
    }
  });

  test("the top menu stays on one row, whichever page is marked as the one you are on", async ({
    page,
  }) => {
    for (const path of ["/", "/peer", "/supervision", "/resources", "/settings"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const tops = await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link")
        .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
      expect(new Set(tops).size, path).toBe(1);
    }
  });
});
