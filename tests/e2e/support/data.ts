import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectHeading } from "./app";

/** The Your data screen, so a change to its layout is fixed in one place. */
export class DataScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/settings/data");
    await expectHeading(this.page, "Your data");
  }

  region(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** Saves a backup (protected when a passphrase is given) and returns the file's text. */
  async saveBackup(passphrase?: string): Promise<{ name: string; text: string }> {
    const backup = this.region("Back up your records");
    const protect = backup.getByRole("checkbox", { name: "Protect the file with a passphrase" });
    if (passphrase) {
      await protect.check();
      await backup.getByLabel("Passphrase", { exact: true }).fill(passphrase);
      await backup.getByLabel("Type the passphrase again").fill(passphrase);
    } else {
      await protect.uncheck();
    }
    const downloading = this.page.waitForEvent("download");
    await backup.getByRole("button", { name: "Save backup file" }).click();
    const download = await downloading;
    await expect(backup.getByRole("status")).toContainText("has been saved");
    return {
      name: download.suggestedFilename(),
      text: await readFile((await download.path())!, "utf8"),
    };
  }

  async chooseBackupFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page
      .getByLabel("Backup file")
      .setInputFiles({ ...file, mimeType: "application/json" });
  }

  /** Chooses a plain backup, checks the preview lists `listed` (if given), and restores it. */
  async restore(backup: { name: string; text: string }, listed?: string): Promise<void> {
    await this.chooseBackupFile({ name: backup.name, buffer: Buffer.from(backup.text) });
    if (listed) await expect(this.page.getByText(listed, { exact: true })).toBeVisible();
    await this.page.getByRole("button", { name: "Restore" }).click();
    await expect(
      this.page.getByRole("status").filter({ hasText: "Your backup has been restored" }),
    ).toBeVisible();
  }
}

/** Rows in every IndexedDB store of the app, read straight from the browser. */
export async function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const counts: Record<string, number> = {};
          if (names.length === 0) {
            db.close();
            resolve(counts);
            return;
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/** Every row of one IndexedDB store exactly as the browser keeps it, read without the app's code. */
export async function rawRows(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** A brand-new browser profile: no records, no storage, nothing shared with the first. */
export async function freshPage(browser: Browser): Promise<Page> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({
    baseURL,
    locale: "en-GB",
    timezoneId: "Europe/London",
    viewport: { width: 390, height: 844 },
  });
  return context.newPage();
}

export interface FreshRestore {
  /** What the preview must list, e.g. "1 pledge". */
  listed?: string;
  /** The backup's format version, checked in the saved file. */
  version?: number;
  /** The fresh browser's clock. */
  now?: Date;
  /** Run in the fresh browser before the restore, to give it records of its own. */
  before?: (fresh: Page) => Promise<void>;
}

/**
 * Saves a plain backup on `page` and restores it in a brand-new browser profile.
 * Returns the fresh page; close its context when done.
 */
export async function restoreInFreshBrowser(
  page: Page,
  browser: Browser,
  { listed, version, now, before }: FreshRestore = {},
): Promise<Page> {
  const screen = new DataScreen(page);
  await screen.open();
  const backup = await screen.saveBackup();
  if (version !== undefined) expect(JSON.parse(backup.text)).toMatchObject({ version });

  const fresh = await freshPage(browser);
  if (now) await fresh.clock.setFixedTime(now);
  if (before) await before(fresh);
  const data = new DataScreen(fresh);
  await data.open();
  await data.restore(backup, listed);
  return fresh;
}
