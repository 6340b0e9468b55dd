import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, openFromMenu, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { DataScreen, rawRows } from "./support/data";
import { setPasscode as setLock, unlockWith } from "./support/lock";

const PASSCODE = "kettle by the window";
const setPasscode = (page: Page) => setLock(page, PASSCODE);

/** Every stored check-in row exactly as the browser keeps it. */
async function rawCheckIns(page: Page): Promise<string> {
  return JSON.stringify(await rawRows(page, "checkIns"));
}

test("with a passcode set, a reload shows the lock; unlocking brings everything back", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  await page.locator("#private-note").fill("Only for my eyes");
  await page.locator("#private-note").blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
  await setPasscode(page);
  expect(await rawCheckIns(page)).not.toContain("Only for my eyes");

  await page.reload();
  await expectHeading(page, "Unlock");
  // Help now still works while locked.
  await page.getByRole("banner").getByRole("link", { name: "Help now" }).click();
  await expectHeading(page, "Help now");
  await page.goBack();
  await expectHeading(page, "Unlock");

  await unlockWith(page, "000000");
  await expect(page.getByRole("alert")).toHaveText("That passcode did not work. Please try again.");
  await unlockWith(page, PASSCODE);
  // Back on the screen that was open, and everything is there.
  await expectHeading(page, "Settings");
  await openFromMenu(page, "History");
  await expect(page.locator(".history-item")).toHaveCount(1);
  await expect(page.locator(".history-note")).toContainText("Only for my eyes");
});

test("the app locks itself after the chosen time without use", async ({ page }) => {
  await page.clock.install();
  await setPasscode(page);
  await page.getByRole("radio", { name: "After 1 minute without use" }).check();
  // Moving around inside the app keeps it unlocked (a full reload would lock it).
  await page.getByRole("link", { name: "Wellbeing" }).click();
  await expectHeading(page, "How are you today?");
  await page.clock.runFor(30_000);
  await expectHeading(page, "How are you today?");
  await page.clock.runFor(31_000);
  await expectHeading(page, "Unlock");
});

test("wrong tries slow down, and never delete anything", async ({ page }) => {
  await setPasscode(page);
  await page.getByRole("button", { name: "Lock now" }).click();
  await expectHeading(page, "Unlock");
  for (let i = 0; i < 3; i++) {
    await unlockWith(page, "111111");
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByLabel("Passcode", { exact: true })).toHaveValue("");
  }
  await expect(page.getByText(/You can try again in \d+ seconds/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Unlock" })).toBeDisabled();
});

test("turning the lock off asks for the passcode and stores records plainly again", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  await setPasscode(page);
  await page.getByRole("button", { name: "Turn off the lock" }).click();
  await page.getByLabel("Your passcode").fill(PASSCODE);
  await page.getByRole("button", { name: "Turn off the lock" }).click();
  await expect(page.getByText("The lock is off.")).toBeVisible();
  expect(await rawCheckIns(page)).toContain('"answers"');
  await page.reload();
  await expectHeading(page, "Settings");
});

for (const theme of ["light", "dark"] as const) {
  test(`the lock screen and lock settings have no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await setPasscode(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Lock now" }).click();
    await expectHeading(page, "Unlock");
    await unlockWith(page, "000000");
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a forgotten passcode: delete everything from the lock screen, then restore a backup", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  await page.locator("#private-note").fill("Kept in my backup");
  await page.locator("#private-note").blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
  const data = new DataScreen(page);
  await data.open();
  const backup = await data.saveBackup();
  await setPasscode(page);

  await page.reload();
  await expectHeading(page, "Unlock");
  await page.getByRole("button", { name: "Delete everything on this device…" }).click();
  await expect(page.getByRole("heading", { name: "Before you delete" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel("To delete everything, type DELETE").fill("DELETE");
  await page.getByRole("button", { name: "Delete everything", exact: true }).click();

  await expectHeading(page, "Your data");
  expect(await rawRows(page, "meta")).toEqual([]);
  await data.restore(backup);
  await page.reload();
  await expectHeading(page, "Your data");
  await openFromMenu(page, "History");
  await expect(page.locator(".history-note")).toContainText("Kept in my backup");
});

test("a short or common passcode is refused, and the hint says honestly how hard one is to guess", async ({
  page,
}) => {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Set a passcode" }).click();
  const field = page.getByLabel("New passcode", { exact: true });
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await field.fill("58203917");
  await expect(page.getByText(/could be guessed.+about 3 hours/)).toBeVisible();
  for (const [code, problem] of [
    ["246810", /too short. It needs at least 8 characters/],
    ["12345678", /too easy to guess/],
  ] as const) {
    await field.fill(code);
    await page.getByLabel("Type the new passcode again").fill(code);
    await page.getByRole("button", { name: "Turn on the lock" }).click();
    await expect(page.getByRole("alert")).toHaveText(problem);
  }
  expect(await rawRows(page, "meta")).toEqual([]);
  await field.fill("otters by the weir");
  await expect(page.getByText(/more than a thousand years/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the lock is offered on the first visit, before anything is saved", async ({ page }) => {
  await page.goto("/");
  const welcome = page.getByRole("region", { name: "Welcome" });
  await welcome.getByRole("link", { name: "set a passcode before you start" }).click();
  await expectHeading(page, "Settings");
  await page.getByRole("button", { name: "Set a passcode" }).click();
  await expect(page.getByText(/Turning the lock on before you save anything/)).toBeVisible();
  expect(await rawRows(page, "checkIns")).toEqual([]);
  await expectNoAxeViolations(page);
});
