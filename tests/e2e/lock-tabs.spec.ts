import { expect, test, type Page } from "@playwright/test";
import { expectHeading, openFromMenu } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { rawRows } from "./support/data";
import { setPasscode, unlockWith } from "./support/lock";

const PASSCODE = "otters by the weir";
const NOTE = "Anything you want to remember about today (optional)";
/** "Within a second": how long the other tab may take to follow. */
const AT_ONCE = { timeout: 1_000 };

/** A second tab of the same browser: same database, same origin. */
async function twoTabs(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  const checkIn = new CheckInPage(other);
  await checkIn.start();
  await checkIn.completeAll("first");
  return other;
}

/** Two tabs; the lock goes on in the first, the second follows at once and is unlocked. */
async function lockedThenUnlockedInOther(page: Page): Promise<Page> {
  const other = await twoTabs(page);
  await setPasscode(page, PASSCODE);
  await expect(other.getByRole("heading", { level: 1, name: "Unlock" })).toBeVisible(AT_ONCE);
  await unlockWith(other, PASSCODE);
  await expectHeading(other, "Your check-in result");
  return other;
}

async function writeNote(page: Page, text: string): Promise<void> {
  await page.getByLabel(NOTE).fill(text);
  await page.getByLabel(NOTE).blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
}

async function rawCheckIns(page: Page): Promise<string> {
  return JSON.stringify(await rawRows(page, "checkIns"));
}

test("turning the lock on in one tab locks the other at once, and what it saves next is sealed", async ({
  page,
}) => {
  const other = await lockedThenUnlockedInOther(page);
  await writeNote(other, "Typed in the second tab");
  expect(await rawCheckIns(page)).not.toContain("Typed in the second tab");
  // Sealed with the device's key: the first tab reads it.
  await openFromMenu(page, "History");
  await expect(page.locator(".history-note")).toContainText("Typed in the second tab");
});

test("turning the lock off in one tab reaches the other, whose next note stays readable", async ({
  page,
}) => {
  const other = await lockedThenUnlockedInOther(page);

  await page.getByRole("button", { name: "Turn off the lock" }).click();
  await page.getByLabel("Your passcode").fill(PASSCODE);
  await page.getByRole("button", { name: "Turn off the lock" }).click();
  await expect(page.getByText("The lock is off.")).toBeVisible();

  await openFromMenu(other, "Settings");
  await expect(other.getByRole("button", { name: "Set a passcode" })).toBeVisible(AT_ONCE);
  await other.goBack();
  await expectHeading(other, "Your check-in result");
  await writeNote(other, "Written after the lock came off");
  expect(await rawCheckIns(other)).toContain("Written after the lock came off");
  await other.reload();
  await openFromMenu(other, "History");
  await expect(other.locator(".history-note")).toContainText("Written after the lock came off");
});

test("Lock now in one tab locks the other at once, and hides what it showed", async ({ page }) => {
  const other = await twoTabs(page);
  await writeNote(other, "Only for my eyes");
  await setPasscode(page, PASSCODE);
  await unlockWith(other, PASSCODE);
  await expect(other.getByLabel(NOTE)).toHaveValue("Only for my eyes");

  await page.getByRole("button", { name: "Lock now" }).click();
  await expectHeading(page, "Unlock");
  await expect(other.getByRole("heading", { level: 1, name: "Unlock" })).toBeVisible(AT_ONCE);
  await expect(other.getByText("Only for my eyes")).toHaveCount(0);
  await expect(other.getByLabel(NOTE)).toHaveCount(0);
});
