import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, openFromMenu } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { rawRows } from "./support/data";
import { setPasscode, unlockWith } from "./support/lock";

const PASSCODE = "otters by the weir";
const NOTE = "Anything you want to remember about today (optional)";
const REPORT = /changed outside the app, so they are not shown/;

/**
 * Changes a stored check-in straight in IndexedDB, as anyone with the browser's files
 * could: copies the row under `id` (its sealed part untouched), adds `fields`, and
 * leaves the sealed part out when `plain`.
 */
async function changeRaw(
  page: Page,
  change: { from: string; id: string; fields: Record<string, unknown>; plain?: boolean },
): Promise<void> {
  await page.evaluate(
    ({ from, id, fields, plain }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("checkIns", "readwrite");
          const store = tx.objectStore("checkIns");
          const get = store.get(from);
          get.onsuccess = () => {
            const row: Record<string, unknown> = { ...(get.result as object), ...fields, id };
            if (plain) delete row.sealed;
            store.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    change,
  );
}

async function lockedWithOneCheckIn(page: Page): Promise<Record<string, unknown>> {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  await page.getByLabel(NOTE).fill("My own words");
  await page.getByLabel(NOTE).blur();
  await expect(page.getByText("Note saved on this device.")).toBeVisible();
  await setPasscode(page, PASSCODE);
  const [row] = (await rawRows(page, "checkIns")) as Record<string, unknown>[];
  return row!;
}

async function historyAfterUnlock(page: Page): Promise<void> {
  await page.goto("/history");
  await unlockWith(page, PASSCODE);
  await expectHeading(page, "Sorry, this screen did not load");
}

test("a readable note and a new date added to a sealed row are reported, not shown", async ({
  page,
}) => {
  const row = await lockedWithOneCheckIn(page);
  expect(row).toHaveProperty("sealed");
  const id = String(row.id);
  await changeRaw(page, {
    from: id,
    id,
    fields: { note: "Words someone else added", createdAt: "2030-01-01T09:00:00.000Z" },
  });
  await historyAfterUnlock(page);
  await expect(page.getByText(REPORT)).toBeVisible();
  await expect(page.getByText("Words someone else added")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a plain row put in a personal table while the lock is on is reported, not shown", async ({
  page,
}) => {
  const row = await lockedWithOneCheckIn(page);
  await changeRaw(page, {
    from: String(row.id),
    id: "planted",
    fields: { note: "Planted while locked", answers: {} },
    plain: true,
  });
  await historyAfterUnlock(page);
  await expect(page.getByText(REPORT)).toBeVisible();
  await expect(page.getByText("Planted while locked")).toHaveCount(0);
  // Help now still works, and the person's own records are untouched underneath.
  await openFromMenu(page, "Settings");
  await expectHeading(page, "Settings");
});
