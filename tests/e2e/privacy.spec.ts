import { expect, test, type Page } from "@playwright/test";
import { expectHeading } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { startWithConsent } from "./support/peer";

const APP_NAME = "Healing Centred Wellbeing";

/**
 * Nothing a person types here may be kept by the browser's form memory (which Chromium
 * writes into its session files), and the tab's title never says who or how.
 */
async function expectNothingKept(page: Page): Promise<void> {
  const loose = page.locator(
    [
      'input:not([type="password"]):not([type="file"]):not([type="hidden"]):not([autocomplete="off"])',
      'textarea:not([autocomplete="off"])',
      'select:not([autocomplete="off"])',
    ].join(", "),
  );
  expect(await loose.evaluateAll((all) => all.map((field) => field.outerHTML))).toEqual([]);
  await expect(page).toHaveTitle(APP_NAME);
}

test("a check-in, its note and its result: no field kept by the browser, a neutral title", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await expectNothingKept(page);
  await checkIn.completeAll("last");
  await expectNothingKept(page);
});

test("a peer check-in with a colleague's initials: no field kept, no initials in the title", async ({
  page,
}) => {
  await page.goto("/peer/new");
  await expectNothingKept(page);
  await startWithConsent(page, "QZ");
  await expectNothingKept(page);
  expect(await page.title()).not.toContain("QZ");
});

test("supervision, settings and your data: no field kept, a neutral title", async ({ page }) => {
  for (const [path, heading] of [
    ["/supervision", "Supervision"],
    ["/settings", "Settings"],
    ["/settings/data", "Your data"],
  ] as const) {
    await page.goto(path);
    await expectHeading(page, heading);
    await expectNothingKept(page);
  }
  await page.goto("/supervision");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");
  await expectNothingKept(page);
});
