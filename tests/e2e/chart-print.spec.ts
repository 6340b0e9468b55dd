import { expect, test, type Page } from "@playwright/test";
import { expectHeading } from "./support/app";
import { CheckInPage } from "./support/check-in";

/** Three weekly check-ins in November, the first at the lightest stage, then the hardest. */
async function threeWeeklyCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  const days = ["2026-11-02T09:00:00Z", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z"];
  for (const [index, day] of days.entries()) {
    await page.clock.setFixedTime(new Date(day));
    await checkIn.start();
    await checkIn.completeAll(index === 0 ? "first" : "last");
  }
}

test("History printed before its chart was scrolled to prints the table of the same figures", async ({
  page,
}) => {
  await threeWeeklyCheckIns(page);
  await page.goto("/history");
  await expect(page.locator(".history-item")).toHaveCount(3);
  await expect(page.locator(".chart-box")).not.toBeInViewport();
  const table = page.locator(".chart-figure details");
  await expect(table).not.toHaveAttribute("open");

  // The browser says it is about to print: the table opens for the print only.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr").first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(table).not.toHaveAttribute("open");
});

test("the printed supervision page's chart has a fixed size, with each stage name on its line", async ({
  page,
}) => {
  await threeWeeklyCheckIns(page);
  await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
  await page.goto("/supervision");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");
  await page.getByRole("button", { name: "Preview to print or share" }).click();
  await expectHeading(page, "Your page for supervision");

  const box = page.locator(".prep-sheet .chart-box");
  await expect(box.locator(".chart-dot")).toHaveCount(3);
  // Printed as the page is, before any print styles were applied to the screen.
  await page.pdf({ path: test.info().outputPath("supervision-print.pdf"), format: "A4" });

  await page.emulateMedia({ media: "print" });
  await expect(box.locator(".chart-dot")).toHaveCount(3);
  // 16 cm by 4 cm on the supervision page, at 96 CSS pixels to the inch.
  const size = await box.boundingBox();
  expect(Math.round(size?.width ?? 0)).toBe(605);
  expect(Math.round(size?.height ?? 0)).toBe(151);

  // Each stage's name is level with its grid line, as drawn for paper.
  const offsets = await box.evaluate((element) => {
    const names = [...element.querySelectorAll(".chart-stage-name")];
    const lines = [...element.querySelectorAll(".recharts-cartesian-grid-horizontal line")]
      .map((line) => line.getBoundingClientRect())
      .map((rect) => rect.top + rect.height / 2)
      .sort((a, b) => a - b);
    return names.map((name) => {
      const rect = name.getBoundingClientRect();
      const middle = rect.top + rect.height / 2;
      return Math.min(...lines.map((y) => Math.abs(y - middle)));
    });
  });
  expect(offsets).toHaveLength(4);
  for (const offset of offsets) expect(offset).toBeLessThan(3);

  // The page as it prints (A4 width), kept as a picture to look at.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: "/tmp/shots-23/supervision-print.png", fullPage: true });
});
