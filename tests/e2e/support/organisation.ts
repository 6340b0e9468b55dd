import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { expectHeading } from "./app";
import { rawRows } from "./data";
import { unlockWith } from "./lock";

/** Clicks `button` and returns the downloaded file's name and text. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent("download");
  await button.click();
  const download = await downloading;
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, "utf8"),
  };
}

/** Reaches a part of "For teams and organisations" by in-app links only (no reload). */
export async function openOrgPart(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "For teams and organisations" }).click();
  await expectHeading(page, "For teams and organisations");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expectHeading(page, title);
}

/** Waits until the editor says the latest typing is kept on the device. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device." })).toBeVisible();
}

/** Every row of `store` is sealed (only its key and dates readable) and none holds `secret`. */
export async function expectSealed(page: Page, store: string, secret: RegExp): Promise<void> {
  await expect.poll(async () => (await rawRows(page, store)).length).toBeGreaterThan(0);
  const rows = (await rawRows(page, store)) as Record<string, unknown>[];
  for (const row of rows) {
    expect(Object.keys(row).sort()).toEqual(["createdAt", "id", "sealed", "updatedAt"]);
  }
  expect(JSON.stringify(rows)).not.toMatch(secret);
}

/** Locks from Settings, unlocks, and comes back to `part` by in-app links. */
export async function lockUnlockAndReturn(
  page: Page,
  passcode: string,
  part: string,
): Promise<void> {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Lock now" }).click();
  await expectHeading(page, "Unlock");
  await unlockWith(page, passcode);
  await openOrgPart(page, part);
}
