import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";

const GUIDE = "Keep this app on your phone";

async function checkIn(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
}

test("after the second check-in Home offers the install steps once; put away, they stay in Settings", async ({
  page,
}) => {
  const guide = page.getByRole("region", { name: GUIDE });
  await checkIn(page);
  await page.goto("/");
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("heading", { name: "Your last check-in" })).toBeVisible();
  await expect(guide).toHaveCount(0);

  await checkIn(page);
  await page.goto("/");
  await expect(guide).toBeVisible();
  await expect(guide).toContainText("cleared after about a week");
  // This phone is an Android one: its browser's menu steps.
  await expect(guide.getByRole("listitem").first()).toContainText("three dots");
  await guide.getByRole("button", { name: "Not now" }).click();
  await expect(guide).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.reload();
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("heading", { name: "Your last check-in" })).toBeVisible();
  await expect(guide).toHaveCount(0);

  await page.goto("/settings");
  await expect(guide).toBeVisible();
  await expect(guide.getByRole("button", { name: "Not now" })).toHaveCount(0);
});

test.describe("on an iPhone", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the steps say “Add to Home Screen”, with no axe violations (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto("/settings");
      const guide = page.getByRole("region", { name: GUIDE });
      await expect(guide).toContainText("Add to Home Screen");
      await expect(guide).toContainText("Share button");
      await expectNoAxeViolations(page);
    });
  }
});
