import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, openFromMenu } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { DataScreen, freshPage, rawRows } from "./support/data";
import { setPasscode, unlockWith } from "./support/lock";

const RESTORE = join(process.cwd(), "tests/fixtures/backups/restore");
const PHONE_A = "otters by the weir";
const PHONE_B = "lanterns in the fog";
const NOTE = "Anything you want to remember about today (optional)";

interface MetaRow {
  key: string;
  value: unknown;
}

async function checkInWithNote(page: Page, note: string): Promise<void> {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  await page.getByLabel(NOTE).fill(note);
  await page.getByLabel(NOTE).blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
}

async function metaRow(page: Page, key: string): Promise<MetaRow | undefined> {
  return ((await rawRows(page, "meta")) as MetaRow[]).find((row) => row.key === key);
}

async function restoreMerge(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your backup has been restored" }),
  ).toBeVisible();
}

/** A full load starts locked: open Your data and unlock there. */
async function openDataUnlocked(page: Page, passcode: string): Promise<DataScreen> {
  await page.goto("/settings/data");
  await unlockWith(page, passcode);
  await expectHeading(page, "Your data");
  return new DataScreen(page);
}

test("a locked phone's backup restored into another locked phone keeps that phone's passcode and records", async ({
  page,
  browser,
}) => {
  await checkInWithNote(page, "From phone A");
  await setPasscode(page, PHONE_A);
  const saved = await (await openDataUnlocked(page, PHONE_A)).saveBackup();
  const file = JSON.parse(saved.text) as { data: { meta: MetaRow[] } };
  expect(file.data.meta.map((row) => row.key)).not.toContain("lock");
  // Older releases wrote the key box and wrong tries into the file: put them back as they did.
  file.data.meta.push((await metaRow(page, "lock"))!, {
    key: "lockWrongTries",
    value: { count: 60, at: new Date().toISOString() },
  });

  const other = await freshPage(browser);
  await checkInWithNote(other, "From phone B");
  await setPasscode(other, PHONE_B);
  const data = await openDataUnlocked(other, PHONE_B);
  const box = await metaRow(other, "lock");
  const tries = await metaRow(other, "lockWrongTries");
  await data.chooseBackupFile({ name: "older.json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(other.getByText(/2 details about the device it was saved on/)).toBeVisible();
  await expectNoAxeViolations(other);
  await restoreMerge(other);
  expect(await metaRow(other, "lock")).toEqual(box);
  expect(await metaRow(other, "lockWrongTries")).toEqual(tries);

  await other.reload();
  await expectHeading(other, "Unlock");
  await unlockWith(other, PHONE_A);
  await expect(other.getByRole("alert")).toHaveText(
    "That passcode did not work. Please try again.",
  );
  await unlockWith(other, PHONE_B);
  await expectHeading(other, "Your data");
  await openFromMenu(other, "History");
  await expect(other.locator(".history-note")).toHaveText([/From phone/, /From phone/]);
  await expect(other.getByText("From phone A")).toBeVisible();
  await expect(other.getByText("From phone B")).toBeVisible();
  await other.context().close();
});

test("a file holding only another device's lock details changes nothing", async ({ page }) => {
  await checkInWithNote(page, "Still mine");
  await setPasscode(page, PHONE_B);
  const data = await openDataUnlocked(page, PHONE_B);
  const before = await rawRows(page, "meta");
  const name = "lock-meta-only.json";
  await data.chooseBackupFile({ name, buffer: await readFile(join(RESTORE, name)) });
  await expect(page.getByText("No check-ins", { exact: true })).toBeVisible();
  await expect(page.getByText(/about the device it was saved on/)).toContainText(
    "the lock and passcode on this device stay just as they are",
  );
  await restoreMerge(page);
  expect(await rawRows(page, "meta")).toEqual(before);

  await page.reload();
  await expectHeading(page, "Unlock");
  await unlockWith(page, PHONE_B);
  await expectHeading(page, "Your data");
  await openFromMenu(page, "History");
  await expect(page.locator(".history-note")).toContainText("Still mine");
});

test("a record dated far in the future does not replace a newer one, and the preview says why", async ({
  page,
}) => {
  await checkInWithNote(page, "Written today");
  const [row] = (await rawRows(page, "checkIns")) as Record<string, unknown>[];
  const head = JSON.parse(await readFile(join(RESTORE, "far-future-update.json"), "utf8")) as {
    data: Record<string, unknown[]>;
  };
  const future = { ...row, note: "From the year 9999", updatedAt: "9999-12-31T23:59:59.000Z" };
  head.data.checkIns = [future];

  const data = new DataScreen(page);
  await data.open();
  await data.chooseBackupFile({ name: "future.json", buffer: Buffer.from(JSON.stringify(head)) });
  await expect(
    page.getByText(/1 dated after the backup was saved, which cannot be right/),
  ).toBeVisible();
  await expect(page.getByText(/newer in the file/)).toBeHidden();
  await restoreMerge(page);
  expect(await rawRows(page, "checkIns")).toEqual([row]);
  await openFromMenu(page, "History");
  await expect(page.locator(".history-note")).toContainText("Written today");
});

test("the preview names each record a merge would overwrite", async ({ page }) => {
  await checkInWithNote(page, "First words");
  const [row] = (await rawRows(page, "checkIns")) as Record<string, unknown>[];
  const head = JSON.parse(await readFile(join(RESTORE, "far-future-update.json"), "utf8")) as {
    exportedAt: string;
    data: Record<string, unknown[]>;
  };
  const later = new Date(Date.now() + 60_000).toISOString();
  head.exportedAt = later;
  head.data.checkIns = [{ ...row, note: "Edited on the other phone", updatedAt: later }];
  const data = new DataScreen(page);
  await data.open();
  await data.chooseBackupFile({ name: "newer.json", buffer: Buffer.from(JSON.stringify(head)) });
  await expect(page.getByText("Restoring replaces the copy on this device of:")).toBeVisible();
  await expect(page.getByText(/^Check-in from .+: changed here .+, in the file .+$/)).toBeVisible();
  await expectNoAxeViolations(page);
});
