import { expect, type Page } from "@playwright/test";

/** Turns the lock on from Settings with this passcode. */
export async function setPasscode(page: Page, passcode: string): Promise<void> {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Set a passcode" }).click();
  await expect(page.getByText(/nobody can open your records/)).toBeVisible();
  await page.getByLabel("New passcode", { exact: true }).fill(passcode);
  await page.getByLabel("Type the new passcode again").fill(passcode);
  await page.getByRole("button", { name: "Turn on the lock" }).click();
  await expect(
    page.getByText("The lock is on. Your records are now stored encrypted."),
  ).toBeVisible();
}

/** Types a passcode on the lock screen and presses Unlock. */
export async function unlockWith(page: Page, passcode: string): Promise<void> {
  await page.getByLabel("Passcode", { exact: true }).fill(passcode);
  await page.getByRole("button", { name: "Unlock" }).click();
}
