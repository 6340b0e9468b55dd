import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { CheckInPage, type Choice } from "./support/check-in";

const CHART_CHUNK = /\/assets\/StageLineChart-[^/]*\.js$/;

/**
 * Three check-ins a week apart: all at the first stage, then the first step's area
 * still at the first stage and every other area at the hardest answer, twice.
 */
async function seedMixedCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  const days = ["2026-11-02T09:00:00Z", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"];
  const laterSteps: Choice[] = ["first", "last", "last"];
  for (const [index, day] of days.entries()) {
    await page.clock.setFixedTime(new Date(day));
    await checkIn.start();
    const steps = await checkIn.stepCount();
    for (let step = 1; step <= steps; step++) {
      await expect(page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      await checkIn.answerStep(step === 1 ? "first" : (laterSteps[index] ?? "first"));
      if (step < steps) await checkIn.next();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expectHeading(page, "Your check-in result");
  }
  await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
}

/** Where an element's top is on the page (not the screen), to see that nothing moved. */
function pageTop(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

async function scrollToChart(page: Page): Promise<void> {
  await page.locator(".chart-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".stage-chart .recharts-surface")).toBeVisible();
}

test("History loads no chart code until the chart is scrolled to, then draws it in place", async ({
  page,
}) => {
  const cspErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await seedMixedCheckIns(page);
  const chartRequests: string[] = [];
  page.on("request", (request) => {
    if (CHART_CHUNK.test(new URL(request.url()).pathname)) chartRequests.push(request.url());
  });
  await page.goto("/history");
  await expect(page.locator(".history-item")).toHaveCount(3);
  await page.waitForLoadState("networkidle");
  // Below the fold on a phone: a box kept for the chart, and none of its code fetched.
  await expect(page.locator(".chart-box")).not.toBeInViewport();
  await expect(page.locator(".chart-box")).toContainText("The chart will show here.");
  expect(chartRequests).toEqual([]);
  const listTop = await pageTop(page, ".area-changes");

  await scrollToChart(page);
  expect(chartRequests).toHaveLength(1);
  // A dot for each check-in, and each stage named in words beside its line.
  await expect(page.locator(".stage-chart .chart-dot")).toHaveCount(3);
  const names = page.locator(".chart-stage-name");
  await expect(names).toHaveCount(4);
  // A long name wraps onto two lines (tspans) next to its line.
  const words = await names.evaluateAll((texts) =>
    texts.map((text) => [...text.querySelectorAll("tspan")].map((t) => t.textContent).join(" ")),
  );
  expect(words).toEqual(["Steady", "Under pressure", "Worn down", "Struggling"]);
  // The chart arrived in its box: what is below it stayed where it was.
  expect(await pageTop(page, ".area-changes")).toBe(listTop);

  // The table is still there for anyone who prefers one.
  await page.getByText("Show the chart as a table").click();
  await expect(page.locator(".data-table tbody tr")).toHaveCount(3);
  expect(cspErrors).toEqual([]);
});

test("the area view shows which parts of life changed", async ({ page }) => {
  await seedMixedCheckIns(page);
  await page.goto("/history");
  const areas = page.getByRole("region", { name: "Which areas changed" });
  const items = areas.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(1);
  // Every area but the first step's got harder; that one stayed as it was.
  for (let index = 0; index < count; index++) {
    await expect(items.nth(index)).toContainText("Harder lately");
    await expect(items.nth(index)).toContainText("Earlier: Steady. Lately: Struggling.");
  }
  await expect(areas.locator(".area-same")).toHaveText(/^→ About the same: [^,]+\.$/);
});

test("the keyboard reaches every point and each is read out; a tap shows one", async ({ page }) => {
  await seedMixedCheckIns(page);
  await page.goto("/history");
  await scrollToChart(page);
  const chart = page.getByRole("application", { name: "Overall stage over time" });
  const live = page.locator(".stage-chart [aria-live='polite']");
  const tip = page.locator(".chart-tip");

  // From the choice above it, one Tab reaches the chart.
  await page.getByLabel("Show on the chart").focus();
  await page.keyboard.press("Tab");
  await expect(chart).toBeFocused();
  const expected = [
    ["2 Nov 2026", "Steady", 1],
    ["9 Nov 2026", "Struggling", 2],
    ["16 Nov 2026", "Struggling", 3],
  ] as const;
  // Coming to the chart shows the first point; the right arrow moves to the next.
  for (const [index, [when, stage, nth]] of expected.entries()) {
    if (index > 0) await page.keyboard.press("ArrowRight");
    await expect(live).toHaveText(`${when}: ${stage}. Check-in ${nth} of 3.`);
    await expect(tip).toHaveText(`${when}${stage}`);
  }
  await page.keyboard.press("ArrowLeft");
  await expect(live).toHaveText("9 Nov 2026: Struggling. Check-in 2 of 3.");

  // A tap on a point shows its details.
  await page.keyboard.press("Tab");
  await page.locator(".stage-chart .chart-dot").first().tap();
  await expect(tip).toHaveText("2 Nov 2026Steady");
});

for (const theme of ["light", "dark"] as Theme[]) {
  test(`the chart and area view have no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await seedMixedCheckIns(page);
    await page.goto("/history");
    await scrollToChart(page);
    await page.getByRole("application", { name: "Overall stage over time" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".chart-tip")).toBeVisible();
    await page.screenshot({ path: `/tmp/shots-23/history-chart-${theme}.png`, fullPage: true });
    await expectNoAxeViolations(page);
  });
}

test.describe("when the chart's code cannot be fetched", () => {
  // The service worker would answer from its cache: take it out so the network decides.
  test.use({ serviceWorkers: "block" });

  test("History keeps its table, then draws the chart once the device is back online", async ({
    page,
    context,
  }) => {
    await seedMixedCheckIns(page);
    await page.route(CHART_CHUNK, (route) => route.abort("internetdisconnected"));
    await page.goto("/history");
    await page.locator(".chart-box").scrollIntoViewIfNeeded();
    await expect(page.locator(".chart-box")).toContainText("The chart could not be drawn just now");
    await expect(page.getByText("Show the chart as a table")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.unroute(CHART_CHUNK);
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.locator(".stage-chart .recharts-surface")).toBeVisible();
    await expect(page.locator(".chart-box")).not.toContainText("could not be drawn");
  });
});
