import { expect, test } from "@playwright/test";
import { expectHeading, openFromMenu } from "./support/app";
import { rowCounts } from "./support/data";

test("a browser that refuses IndexedDB gets a clear message, not a blank page", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await page.goto("/");
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("alert")).toContainText("We can’t save on this device right now");
  await expect(page.getByRole("link", { name: "Help now" })).toBeVisible();
});

test("when another tab upgrades the database, this tab steps aside and asks for a reload", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await page.waitForFunction(() => indexedDB.databases().then((dbs) => dbs.length > 0));
  const other = await context.newPage();
  await other.goto("/help");
  // The other tab opens a newer version; it must not be blocked by this one.
  const opened = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open("healing-centred-wellbeing", 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve("opened");
        };
        request.onblocked = () => resolve("blocked");
        request.onerror = () => resolve("error");
      }),
  );
  expect(opened).toBe("opened");
  await expect(page.getByRole("alert")).toContainText("Please reload this page");
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  await other.close();

  // Reloaded, this (older) copy of the app finds a database newer than it knows. It must
  // not use or change it: a backup or delete-all from here would miss the newer tables.
  await page.reload();
  await expect(page.getByRole("alert").first()).toContainText("Please reload this page");
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  const version = await page.evaluate(() =>
    indexedDB
      .databases()
      .then((dbs) => dbs.find((db) => db.name === "healing-centred-wellbeing")?.version),
  );
  expect(version).toBe(1000);

  // It still reads and draws, but a change made in it is refused kindly and not stored.
  const before = await rowCounts(page);
  await openFromMenu(page, "Settings");
  await page.getByRole("radio", { name: "Wales" }).click();
  await expect(page.getByText(/paused saving here/).last()).toBeVisible();
  await expect(page.getByRole("radio", { name: "Wales" })).not.toBeChecked();
  expect(await rowCounts(page)).toEqual(before);
});
