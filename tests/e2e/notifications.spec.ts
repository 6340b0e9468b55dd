import { expect, test, type Page, type Worker } from "@playwright/test";
import { CheckInPage } from "./support/check-in";
import { expectNoAxeViolations, useTheme, waitForServiceWorker } from "./support/app";

const TAG = "hcw-reminder";

/** The running service worker, to read the time as it sees it and what it has shown. */
async function serviceWorker(page: Page): Promise<Worker> {
  const context = page.context();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return worker;
}

/** A reminder time five minutes ago, in the worker's own clock and time zone. */
async function fiveMinutesAgo(worker: Worker): Promise<{ day: string; time: string }> {
  return worker.evaluate(() => {
    const then = new Date(Date.now() - 5 * 60_000);
    const two = (n: number) => String(n).padStart(2, "0");
    return {
      day: `${then.getFullYear()}-${two(then.getMonth() + 1)}-${two(then.getDate())}`,
      time: `${two(then.getHours())}:${two(then.getMinutes())}`,
    };
  });
}

async function shownNotifications(worker: Worker) {
  return worker.evaluate(async () =>
    (await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications()).map(
      (n) => ({ title: n.title, body: n.body, tag: n.tag, badge: (n as { badge?: string }).badge }),
    ),
  );
}

/** Wakes the service worker as the phone would, through the DevTools protocol. */
async function firePeriodicSync(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on("ServiceWorker.workerRegistrationUpdated", (event) =>
    registrations.push(...event.registrations),
  );
  await cdp.send("ServiceWorker.enable");
  const origin = new URL(page.url()).origin;
  await expect
    .poll(() => registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted))
    .toBeTruthy();
  const { registrationId } = registrations.find((r) => r.scopeURL.startsWith(origin))!;
  await cdp.send("ServiceWorker.dispatchPeriodicSyncEvent", { origin, registrationId, tag: TAG });
  await cdp.detach();
}

/** The plan row the worker reads, straight from IndexedDB (as the worker sees it). */
async function storedPlan(page: Page, change?: "forget-shown"): Promise<Record<string, unknown>> {
  return page.evaluate(
    (forget) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("meta", "readwrite");
          const get = tx.objectStore("meta").get("reminderNotify");
          get.onsuccess = () => {
            const value = { ...get.result?.value };
            if (forget) {
              delete value.lastShownFor;
              tx.objectStore("meta").put({ key: "reminderNotify", value });
            }
            resolve(value);
          };
          tx.oncomplete = () => open.result.close();
        };
      }),
    change === "forget-shown",
  );
}

/** How many wake-ups the worker has finished handling (see `wakeAndSettle`). */
function wakeUpsDone(worker: Worker): Promise<number> {
  return worker.evaluate(() => (self as unknown as { wakeUpsDone?: number }).wakeUpsDone ?? 0);
}

/**
 * Wakes the app as the phone would, and waits until the worker has finished with it, so a
 * check that nothing was shown is made after the worker decided, not after a guessed time.
 * The worker's handler passes its work to `waitUntil`; counting those that settle tells us.
 */
async function wakeAndSettle(page: Page, worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = self as unknown as { wakeUpsDone?: number };
    if (scope.wakeUpsDone !== undefined) return;
    scope.wakeUpsDone = 0;
    type Waits = { waitUntil(this: Event, work: Promise<unknown>): void };
    const events = (self as unknown as { ExtendableEvent: { prototype: Waits } }).ExtendableEvent;
    const original = events.prototype.waitUntil;
    events.prototype.waitUntil = function (work) {
      if (this.type === "periodicsync")
        void Promise.resolve(work)
          .catch(() => undefined)
          .then(() => (scope.wakeUpsDone = (scope.wakeUpsDone ?? 0) + 1));
      original.call(this, work);
    };
  });
  const before = await wakeUpsDone(worker);
  await firePeriodicSync(page);
  await expect.poll(() => wakeUpsDone(worker)).toBe(before + 1);
}

/**
 * Chromium lets only installed apps wake by themselves, so grant that as installing would.
 * Playwright's own grantPermissions knows no "periodic background sync": ask the DevTools
 * protocol, for this test's browser context (without the id it would go to another one).
 */
async function allowNotificationsAndWakeUps(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(["notifications"], { origin });
  const pageCdp = await page.context().newCDPSession(page);
  const { targetInfo } = await pageCdp.send("Target.getTargetInfo");
  await pageCdp.detach();
  const browserCdp = await page.context().browser()!.newBrowserCDPSession();
  await browserCdp.send("Browser.grantPermissions", {
    origin,
    browserContextId: targetInfo.browserContextId,
    permissions: ["notifications", "periodicBackgroundSync"],
  });
  // Not detached: Chromium drops the grant when the session that made it goes.
}

async function setReminderFiveMinutesAgo(page: Page, worker: Worker): Promise<void> {
  const { day, time } = await fiveMinutesAgo(worker);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Reminders" });
  await section.getByRole("radio", { name: "Every day" }).check();
  await section.getByLabel("Time").fill(time);
  await section.getByLabel("Starting on").fill(day);
  await section.getByRole("button", { name: "Set a reminder" }).click();
  await expect(page.getByText(/Reminder saved/)).toBeVisible();
}

/** The periodic sync tags the phone will wake the app for. */
function wakeUpTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
      periodicSync: { getTags(): Promise<string[]> };
    };
    return registration.periodicSync.getTags();
  });
}

async function turnOnNotifications(page: Page): Promise<void> {
  const section = page.getByRole("region", { name: "Reminders" });
  await section.getByRole("button", { name: "Turn on notifications" }).click();
  await expect(section.getByText("Notifications are on for this device.")).toBeVisible();
}

/** A reminder whose time passed five minutes ago, with notifications turned on. */
async function reminderWithNotificationsOn(page: Page): Promise<Worker> {
  await page.goto("/");
  await waitForServiceWorker(page);
  await allowNotificationsAndWakeUps(page);
  const worker = await serviceWorker(page);
  await setReminderFiveMinutesAgo(page, worker);
  await turnOnNotifications(page);
  return worker;
}

test.describe("reminder notifications", () => {
  test("the phone wakes the app after the reminder time: one neutral notification, and only one", async ({
    page,
  }) => {
    const worker = await reminderWithNotificationsOn(page);
    expect(await wakeUpTags(page)).toEqual([TAG]);

    await firePeriodicSync(page);
    await expect.poll(() => shownNotifications(worker)).toHaveLength(1);
    const [shown] = await shownNotifications(worker);
    expect(shown).toEqual({
      title: "A moment for you",
      body: "Open when it suits you.",
      tag: TAG,
      badge: "",
    });
    // The page sees the same one.
    expect(
      await page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.title),
      ),
    ).toEqual(["A moment for you"]);

    // Dismissed, then the phone wakes the app again for the same reminder time: nothing new.
    await worker.evaluate(async () => {
      for (const n of await (
        self as unknown as ServiceWorkerGlobalScope
      ).registration.getNotifications())
        n.close();
    });
    expect(await storedPlan(page)).toHaveProperty("lastShownFor");
    await wakeAndSettle(page, worker);
    expect(await shownNotifications(worker)).toEqual([]);
    // Control: forget that it was shown, and the same wake-up shows it again.
    await storedPlan(page, "forget-shown");
    await firePeriodicSync(page);
    await expect.poll(() => shownNotifications(worker)).toHaveLength(1);

    // Shown again on return: still on. Turning off stops the wake-ups.
    await page.reload();
    const section = page.getByRole("region", { name: "Reminders" });
    await expect(section.getByText("Notifications are on for this device.")).toBeVisible();
    await section.getByRole("button", { name: "Turn off notifications" }).click();
    await expect(section.getByRole("status")).toHaveText("Notifications are off on this device.");
    expect(await wakeUpTags(page)).toEqual([]);
  });

  test("no notification once there has been a check-in since the reminder time", async ({
    page,
  }) => {
    const worker = await reminderWithNotificationsOn(page);

    const checkIn = new CheckInPage(page);
    await checkIn.start();
    await checkIn.completeAll("first");

    await wakeAndSettle(page, worker);
    expect(await shownNotifications(worker)).toEqual([]);

    // Control: without that check-in, the same wake-up does show one.
    await page.goto("/history");
    await page.getByRole("button", { name: /Delete the check-in from/ }).click();
    await firePeriodicSync(page);
    await expect.poll(() => shownNotifications(worker)).toHaveLength(1);
  });

  test("once everything is deleted, the next wake-up shows nothing and stops the wake-ups", async ({
    page,
  }) => {
    const worker = await reminderWithNotificationsOn(page);

    await page.goto("/settings/data");
    const remove = page.getByRole("region", { name: "Delete all my data" });
    await remove.getByRole("button", { name: "Delete all my data…" }).click();
    await remove.getByLabel("To delete everything, type DELETE").fill("DELETE");
    await remove.getByRole("button", { name: "Delete everything" }).click();
    await expect(page.getByRole("heading", { name: "Your data has been deleted" })).toBeVisible();

    await firePeriodicSync(page);
    await expect
      .poll(() =>
        worker.evaluate(() =>
          (
            self as unknown as ServiceWorkerGlobalScope & {
              registration: { periodicSync: { getTags(): Promise<string[]> } };
            }
          ).registration.periodicSync.getTags(),
        ),
      )
      .toEqual([]);
    expect(await shownNotifications(worker)).toEqual([]);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the reminders settings with notifications on have no axe violations (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await page.goto("/");
      await waitForServiceWorker(page);
      await allowNotificationsAndWakeUps(page);
      await page.goto("/settings");
      await page.getByRole("button", { name: "Set a reminder" }).click();
      await turnOnNotifications(page);
      await expectNoAxeViolations(page);
    });
  }
});
