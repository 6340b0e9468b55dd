import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { CheckInPage } from "./support/check-in";

/** Three check-ins on three days: doing well, then harder, then harder still. */
async function seedThreeCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  const days = ["2026-11-02T09:00:00Z", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"];
  const choices = ["first", "last", "last"] as const;
  for (const [index, day] of days.entries()) {
    await page.clock.setFixedTime(new Date(day));
    await checkIn.start();
    await checkIn.completeAll(choices[index] ?? "first");
  }
  await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
}

test("history lists saved check-ins newest first, with the chart and its table", async ({
  page,
}) => {
  await seedThreeCheckIns(page);
  await page.goto("/history");
  await expectHeading(page, "History");
  const items = page.locator(".history-item");
  await expect(items).toHaveCount(3);
  await expect(items.first().getByRole("link")).toContainText("16 November 2026");
  await expect(items.last().getByRole("link")).toContainText("2 November 2026");
  await expect(page.getByRole("heading", { name: "Check-ins (3)" })).toBeVisible();

  // The chart is drawn (when scrolled to) with a point per check-in, and the same
  // figures as a table.
  await page.locator(".chart-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".stage-chart .chart-dot")).toHaveCount(3);
  await page.getByText("Show the chart as a table").click();
  await expect(page.locator(".data-table tbody tr")).toHaveCount(3);

  // Per part of life: choosing a domain redraws with its own caption.
  await page.getByLabel("Show on the chart").selectOption({ label: "Sleep" });
  await expect(page.locator(".chart-figure figcaption")).toHaveText("Sleep over time");

  // Trend advice from the pack sits above the list.
  await expect(page.getByRole("heading", { name: "Lately" })).toBeVisible();

  // Opening one shows its result as it was saved.
  await items.last().getByRole("link").click();
  await expectHeading(page, "Your check-in result");
  await expect(page.getByText(/2 November 2026/)).toBeVisible();
});

test("the date filter narrows the list", async ({ page }) => {
  await seedThreeCheckIns(page);
  await page.goto("/history");
  await page.getByRole("radio", { name: "Choose dates" }).check();
  await page.getByLabel("From", { exact: true }).fill("2026-11-08");
  await page.getByLabel("To", { exact: true }).fill("2026-11-10");
  await expect(page.locator(".history-item")).toHaveCount(1);
  await expect(page.locator(".history-item").getByRole("link")).toContainText("9 November 2026");
  await page.getByRole("radio", { name: "Last 4 weeks" }).check();
  await expect(page.locator(".history-item")).toHaveCount(3);
});

test("a deleted check-in can be brought back with Undo", async ({ page }) => {
  await seedThreeCheckIns(page);
  await page.goto("/history");
  await page.getByRole("button", { name: /Delete the check-in from .*9 November/ }).click();
  await expect(page.locator(".history-item")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "Check-ins (2)" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".history-item")).toHaveCount(3);
  // The undo offer goes away by itself after a while, leaving the deletion in place.
  await page.getByRole("button", { name: /Delete the check-in from .*9 November/ }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByRole("button", { name: "Undo" })).toBeHidden({ timeout: 15_000 });
  await page.reload();
  await expect(page.locator(".history-item")).toHaveCount(2);
});

test("with no check-ins, history says so kindly and offers one", async ({ page }) => {
  await page.goto("/history");
  await page.getByRole("radio", { name: "Everything" }).check();
  await expect(page.getByText("You have no check-ins saved on this device yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a check-in" })).toBeVisible();
});

/** Opens History and puts the chart in use (a point highlighted), with its table open. */
async function openChartInUse(page: Page): Promise<void> {
  await seedThreeCheckIns(page);
  await page.goto("/history");
  await page.locator(".chart-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".stage-chart .recharts-surface")).toBeVisible();
  await page.getByText("Show the chart as a table").click();
  await page.getByRole("application", { name: "Overall stage over time" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".chart-tip")).toContainText("9 Nov 2026");
  // Back to the top, so the sticky header covers nothing axe would measure.
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const theme of ["light", "dark"] as Theme[]) {
  test(`history has no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await openChartInUse(page);
    await expectNoAxeViolations(page);
  });
}

test.describe("desktop", () => {
  test.use(DESKTOP);
  for (const theme of ["light", "dark"] as Theme[]) {
    test(`history has no axe violations on a wide screen (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await openChartInUse(page);
      await expectNoAxeViolations(page);
    });
  }
});
