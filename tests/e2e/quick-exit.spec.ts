import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, openFromMenu, useTheme } from "./support/app";

/** Stands in for the neutral site, so the test never leaves this machine. */
async function fakeNeutralSite(page: Page): Promise<void> {
  await page.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
}

async function turnOnQuickExit(page: Page): Promise<void> {
  await page.goto("/settings");
  await page.getByRole("checkbox", { name: "Quick exit" }).check();
  await expect(page.getByRole("button", { name: "Leave quickly" })).toBeVisible();
}

test("Shift three times leaves for a neutral page, and Back does not return to the app", async ({
  page,
}) => {
  await fakeNeutralSite(page);
  await turnOnQuickExit(page);
  await openFromMenu(page, "History");
  await expectHeading(page, "History");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL("https://www.bbc.co.uk/weather");
  await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
  await page.goBack();
  expect(page.url()).not.toContain("127.0.0.1");
});

test("the Leave quickly button leaves at once", async ({ page }) => {
  await fakeNeutralSite(page);
  await turnOnQuickExit(page);
  await page.getByRole("button", { name: "Leave quickly" }).click();
  await expect(page).toHaveURL("https://www.bbc.co.uk/weather");
});

test("typing capital letters does not trigger quick exit", async ({ page }) => {
  await turnOnQuickExit(page);
  await page.goto("/check-in");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "Next" }).focus();
  // Each capital is its own Shift press, with a letter between them.
  for (const letter of ["H", "E", "R", "E"]) await page.keyboard.press(`Shift+${letter}`);
  await expect(
    page.getByText(/^Step 2 of \d+$/).or(page.getByText(/^Step 1 of \d+$/)),
  ).toBeVisible();
  expect(page.url()).toContain("127.0.0.1");
});

test("quick exit is off by default, and nothing is shown for it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Leave quickly" })).toHaveCount(0);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expectHeading(page, "How are you today?");
});

for (const theme of ["light", "dark"] as const) {
  test(`settings with quick exit on has no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await turnOnQuickExit(page);
    await expectNoAxeViolations(page);
  });
}
