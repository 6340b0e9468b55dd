import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import {
  DESKTOP,
  expectHeading,
  expectNoAxeViolations,
  useTheme,
  waitForServiceWorker,
  type Theme,
} from "./support/app";
import { CheckInPage } from "./support/check-in";
import { DataScreen, freshPage, rowCounts } from "./support/data";

const BACKUPS = join(process.cwd(), "tests/fixtures/backups");
const PASSPHRASE = "kettle rain over the harbour";

/** Two check-ins on two days through the UI: one going well, one harder. */
async function seedTwoCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  await page.clock.setFixedTime(new Date("2026-11-02T09:00:00Z"));
  await checkIn.start();
  await checkIn.completeAll("first");
  await page.clock.setFixedTime(new Date("2026-11-09T09:00:00Z"));
  await checkIn.start();
  await checkIn.completeAll("last");
  await page
    .getByLabel("Anything you want to remember about today (optional)")
    .fill('Long shift, "hard" visit, then a walk');
  await page.getByLabel("Anything you want to remember about today (optional)").blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
  await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
}

async function historyDates(page: Page): Promise<string[]> {
  await page.goto("/history");
  await page.getByRole("radio", { name: "Everything" }).check();
  await expect(page.locator(".history-item").first()).toBeVisible();
  return page.locator(".history-item h3").allTextContents();
}

/** This app's keys in localStorage. */
function appKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("hcw-")));
}

test("a backup opens in a fresh browser profile and gives back the same history, with and without a passphrase", async ({
  page,
  browser,
}) => {
  await seedTwoCheckIns(page);
  const before = await historyDates(page);
  expect(before).toHaveLength(2);

  const screen = new DataScreen(page);
  await screen.open();
  await expect(
    page.getByText("You have not saved a backup from this device yet.").first(),
  ).toBeVisible();
  const plain = await screen.saveBackup();
  expect(plain.name).toBe("wellbeing-backup-2026-11-20.json");
  expect(JSON.parse(plain.text)).toMatchObject({ type: "healing-centred-wellbeing-backup" });
  await expect(
    page.getByText(/Your last backup was saved on Friday,? 20 November 2026/).first(),
  ).toBeVisible();
  const locked = await screen.saveBackup(PASSPHRASE);
  expect(locked.text).not.toContain("hard");
  expect(JSON.parse(locked.text)).toHaveProperty("encrypted");

  // Without a passphrase.
  const first = await freshPage(browser);
  const fresh = new DataScreen(first);
  await fresh.open();
  await fresh.chooseBackupFile({ name: plain.name, buffer: Buffer.from(plain.text) });
  const preview = first.getByRole("heading", { name: "What is in this backup" });
  await expect(preview).toBeVisible();
  await expect(first.getByText("2 check-ins", { exact: true })).toBeVisible();
  await expect(first.getByText("2 new to this device")).toBeVisible();
  await expect(first.getByText(/Its check-ins run from 2 Nov 2026 to 9 Nov 2026/)).toBeVisible();
  await first.getByRole("button", { name: "Restore" }).click();
  await expect(
    first.getByRole("status").filter({ hasText: "Your backup has been restored" }),
  ).toBeVisible();
  expect(await historyDates(first)).toEqual(before);
  await first.context().close();

  // With a passphrase: a wrong one is refused kindly, the right one opens it.
  const second = await freshPage(browser);
  const other = new DataScreen(second);
  await other.open();
  // A salt with stray bits in its last character is refused before any passphrase is tried
  // (the browser's own strict base64 decoder does this check).
  await other.chooseBackupFile({
    name: "edited.json",
    buffer: Buffer.from(withStrayBits(locked.text)),
  });
  await expect(second.getByRole("alert")).toContainText("its salt is not written correctly");
  await other.chooseBackupFile({ name: locked.name, buffer: Buffer.from(locked.text) });
  await second.getByLabel("Passphrase", { exact: true }).fill("kettle rain over the harbor");
  await second.getByRole("button", { name: "Open backup" }).click();
  await expect(second.getByRole("alert")).toContainText(
    "This passphrase does not open this backup",
  );
  await second.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await second.getByRole("button", { name: "Open backup" }).click();
  await expect(second.getByRole("heading", { name: "What is in this backup" })).toBeVisible();
  await expect(second.getByText(/protected with a passphrase/)).toBeVisible();
  await second.getByRole("radio", { name: /^Replace/ }).check();
  await second.getByRole("button", { name: "Restore" }).click();
  await second.getByRole("button", { name: "Yes, replace my records" }).click();
  await expect(
    second.getByRole("status").filter({ hasText: "exactly what the backup holds" }),
  ).toBeVisible();
  expect(await historyDates(second)).toEqual(before);
  await second.goto("/history");
  await second.getByRole("radio", { name: "Everything" }).check();
  await expect(second.getByText('“Long shift, "hard" visit, then a walk”')).toBeVisible();
  await second.context().close();
});

/** The file with one stray bit set in the salt's last base64 character (16 bytes: "x==" at the end). */
function withStrayBits(text: string): string {
  const file = JSON.parse(text) as { encrypted: { salt: string } };
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const salt = file.encrypted.salt;
  const last = salt.length - 3;
  const stray = alphabet[alphabet.indexOf(salt[last]!) | 1]!;
  file.encrypted.salt = salt.slice(0, last) + stray + salt.slice(last + 1);
  return JSON.stringify(file);
}

const BROKEN = [
  { file: "newer-version.json", message: "backup version 4; this app can read up to version 3" },
  { file: "cut-short.txt", message: "stops part of the way through" },
  { file: "content-pack.json", message: "load it from Content pack in Settings instead" },
  { file: "duplicate-check-in-ids.json", message: "two check-ins with the same id" },
  // An id that would become a link elsewhere in the app ("../../settings/data").
  { file: "id-with-slash.json", message: "use only letters, numbers, - and _" },
];

test("broken backup files are refused with their own message, and nothing changes", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  const screen = new DataScreen(page);
  await screen.open();
  const before = await rowCounts(page);
  for (const { file, message } of BROKEN) {
    await screen.chooseBackupFile({ name: file, buffer: await readFile(join(BACKUPS, file)) });
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("Nothing has been changed.");
    await expect(page.getByRole("heading", { name: "What is in this backup" })).toBeHidden();
  }
  expect(await rowCounts(page)).toEqual(before);
});

test("the CSV opens in a CSV parser with a header and one row per check-in; notes only when chosen", async ({
  page,
}) => {
  await seedTwoCheckIns(page);
  const screen = new DataScreen(page);
  await screen.open();
  const csv = screen.region("Export check-ins for a spreadsheet");

  const exportCsv = async () => {
    const downloading = page.waitForEvent("download");
    await csv.getByRole("button", { name: "Save CSV file" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("wellbeing-check-ins-2026-11-20.csv");
    const text = await readFile((await download.path())!, "utf8");
    return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  };

  const withoutNotes = await exportCsv();
  expect(withoutNotes.errors).toEqual([]);
  const [header, ...rows] = withoutNotes.data;
  expect(header?.slice(0, 3)).toEqual(["Date", "Stage", "Pattern"]);
  expect(header).toContain("Sleep");
  expect(header?.at(-1)).toBe("Flags");
  expect(rows).toHaveLength(2);
  expect(rows.map((row) => row[0])).toEqual(["2026-11-02 09:00", "2026-11-09 09:00"]);
  expect(rows[0]?.[1]).toBe("Steady");
  expect(rows.every((row) => row.length === header?.length)).toBe(true);
  expect(withoutNotes.data.flat().join(" ")).not.toContain("hard");
  await expect(csv.getByRole("status")).toContainText("with 2 check-ins");

  await csv.getByRole("checkbox", { name: "Include my private notes" }).check();
  const withNotes = await exportCsv();
  expect(withNotes.data[0]?.at(-1)).toBe("Note");
  expect(withNotes.data[2]?.at(-1)).toBe('Long shift, "hard" visit, then a walk');
});

test("Settings shows storage status: kept or not, space, and the last backup", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: /Your data/ }).click();
  await expectHeading(page, "Your data");
  const storage = page.getByRole("region", { name: "Storage on this device" });
  await expect(storage).toContainText(
    /Your browser (has agreed to keep|may clear) this app’s data/,
  );
  await expect(storage).toContainText(
    /The app is using (less than 1 MB|about [\d,]+ MB), and about [\d,]+ MB more is free for it\./,
  );
  await expect(storage).toContainText("You have not saved a backup from this device yet.");
  const ask = storage.getByRole("button", { name: "Ask the browser to keep my data" });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(storage.getByRole("status")).toContainText(/browser/);
  }
});

test("delete all leaves no records, no app keys and no caches but the app's files, says so kindly, and still works offline", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  // Something in localStorage (quick exit) and a cache that is not the app's own files.
  await page.goto("/settings");
  await page.getByRole("checkbox", { name: "Quick exit" }).check();
  await page.evaluate(() => caches.open("runtime-pages").then(() => undefined));
  const screen = new DataScreen(page);
  await screen.open();
  expect((await rowCounts(page)).checkIns).toBe(1);
  expect(await appKeys(page)).toContain("hcw-quick-exit");

  const remove = screen.region("Delete all my data");
  await remove.getByRole("button", { name: "Delete all my data…" }).click();
  await expect(remove.getByRole("heading", { name: "Before you delete" })).toBeFocused();
  await expect(remove.getByRole("link", { name: "Save a backup file" })).toBeVisible();
  await remove.getByLabel("To delete everything, type DELETE").fill("delet");
  await remove.getByRole("button", { name: "Delete everything" }).click();
  await expect(remove.getByRole("alert")).toContainText("Nothing has been deleted.");
  expect((await rowCounts(page)).checkIns).toBe(1);

  await remove.getByLabel("To delete everything, type DELETE").fill("  delete ");
  await remove.getByRole("button", { name: "Delete everything" }).click();
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("heading", { name: "Your data has been deleted" })).toBeVisible();
  const counts = await rowCounts(page);
  expect(
    Object.values(counts).every((count) => count === 0),
    JSON.stringify(counts),
  ).toBe(true);
  expect(await appKeys(page)).toEqual([]);
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames.length).toBeGreaterThan(0);
  expect(cacheNames.every((name) => name.startsWith("workbox-precache"))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("heading", { name: "Your data has been deleted" })).toBeHidden();
  await context.setOffline(false);
});

async function openEverything(page: Page): Promise<void> {
  const screen = new DataScreen(page);
  await screen.open();
  await screen
    .region("Back up your records")
    .getByRole("checkbox", { name: "Protect the file with a passphrase" })
    .check();
  await screen.chooseBackupFile({
    name: "plain.json",
    buffer: await readFile(join(BACKUPS, "valid/plain.json")),
  });
  await expect(page.getByRole("heading", { name: "What is in this backup" })).toBeVisible();
  await page.getByRole("radio", { name: /^Replace/ }).check();
  await screen
    .region("Delete all my data")
    .getByRole("button", { name: "Delete all my data…" })
    .click();
  await expect(page.getByRole("region", { name: "Storage on this device" })).toContainText("MB");
}

for (const theme of ["light", "dark"] as Theme[]) {
  test(`the data screen has no axe violations (${theme}, phone)`, async ({ page }) => {
    await useTheme(page, theme);
    await openEverything(page);
    await expectNoAxeViolations(page);
  });
}

test.describe("desktop", () => {
  test.use(DESKTOP);
  for (const theme of ["light", "dark"] as Theme[]) {
    test(`the data screen has no axe violations (${theme}, desktop)`, async ({ page }) => {
      await useTheme(page, theme);
      await openEverything(page);
      await expectNoAxeViolations(page);
    });
  }
});
