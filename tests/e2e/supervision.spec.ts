import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { CheckInPage } from "./support/check-in";

const TODAY = new Date("2026-11-20T12:00:00Z");
const NOTE = "Hard week with the late visits.";

/** The times of the check-ins marked "bring to supervision", read from the device's database. */
function savedFlags(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction("checkIns").objectStore("checkIns").getAll();
          read.onsuccess = () => {
            const rows = read.result as { createdAt: string; bringToSupervision: boolean }[];
            db.close();
            resolve(rows.filter((row) => row.bringToSupervision).map((row) => row.createdAt));
          };
        };
      }),
  );
}

/**
 * Check-ins done through the app on three days: doing well, then harder, then harder
 * still. The last two are marked "bring to supervision" on their result screen, and the
 * last one has a private note.
 */
async function seedCheckIns(page: Page, count = 3): Promise<void> {
  const checkIn = new CheckInPage(page);
  const days = [
    { at: "2026-11-02T09:00:00Z", choice: "first", bring: false },
    { at: "2026-11-09T09:00:00Z", choice: "last", bring: true },
    { at: "2026-11-16T09:00:00Z", choice: "last", bring: true, note: NOTE },
  ] as const;
  for (const day of days.slice(-count)) {
    await page.clock.setFixedTime(new Date(day.at));
    await checkIn.start();
    await checkIn.completeAll(day.choice);
    if ("note" in day) {
      await page.getByLabel("Anything you want to remember about today").fill(day.note);
    }
    if (day.bring) {
      await page.getByRole("checkbox", { name: "Bring this to supervision" }).check();
      // Wait until the device has kept the mark (and the note) before the next check-in.
      await expect.poll(() => savedFlags(page)).toContain(new Date(day.at).toISOString());
    }
  }
  await page.clock.setFixedTime(TODAY);
}

/** Starts a prep for my own supervision with the default dates and opens it. */
async function startMyOwnPrep(page: Page): Promise<void> {
  await page.goto("/supervision");
  await expectHeading(page, "Supervision");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");
}

test("a supervisee prepares from three check-ins, two marked to bring, and prints one page", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await seedCheckIns(page);

  await page.goto("/supervision");
  await expectHeading(page, "Supervision");
  // No earlier prep: the period is the last four weeks up to today.
  await expect(page.getByLabel("From")).toHaveValue("2026-10-23");
  await expect(page.getByLabel("To")).toHaveValue("2026-11-20");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");

  // The trend, in words and as a chart with a point per check-in.
  const trend = page.getByRole("region", { name: "How things have been" });
  await expect(
    trend.getByText(/^Your recent check-ins suggest things have got harder/),
  ).toBeVisible();
  await trend.locator(".chart-box").scrollIntoViewIfNeeded();
  await expect(trend.locator(".stage-chart .chart-dot")).toHaveCount(3);
  await expect(trend.getByText(/not a diagnosis/)).toBeVisible();

  // The two marked check-ins, with their stage in words; the note only once ticked.
  const flagged = page.getByRole("region", { name: "Check-ins you marked to bring" });
  await expect(flagged.locator(".bring-item")).toHaveCount(2);
  await expect(flagged.getByRole("heading", { name: /9 November 2026/ })).toBeVisible();
  await expect(flagged.getByRole("heading", { name: /16 November 2026/ })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await flagged.getByRole("checkbox", { name: "Include my notes" }).check();
  await expect(flagged.getByText(NOTE)).toBeVisible();

  // Prompts by function, each with space to answer.
  const prompts = page.getByRole("region", { name: "Questions to think about" });
  for (const name of [/^Restorative/, /^Formative/, /^Normative/]) {
    await expect(prompts.getByRole("heading", { level: 3, name })).toBeVisible();
  }
  const restorative = prompts.getByRole("region", { name: /^Restorative/ });
  await restorative.getByRole("textbox").first().fill("The visit on Tuesday.");
  await page.getByLabel("Anything you want to talk about or ask for").fill("How to switch off.");

  // The agenda, reordered with buttons.
  const agenda = page.getByRole("region", { name: "Agenda" });
  for (const item of ["Late visits", "Workload", "Training"]) {
    await agenda.getByLabel("Add to the agenda").fill(item);
    await agenda.getByRole("button", { name: "Add", exact: true }).click();
  }
  await agenda.getByRole("button", { name: /^Move up.*Training$/ }).click();
  await expect(agenda.getByRole("button", { name: /^Move up.*Training$/ })).toBeFocused();
  await expect(agenda.locator(".agenda-text")).toHaveText(["Late visits", "Training", "Workload"]);
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device." })).toBeVisible();

  // The preview: nothing leaves the app before it is shown.
  await page.getByRole("button", { name: "Preview to print or share" }).click();
  await expectHeading(page, "Your page for supervision");
  const sheet = page.locator(".prep-sheet");
  const bring = sheet.getByRole("region", { name: "Check-ins I want to bring" });
  await expect(bring).toContainText("9 Nov 2026");
  await expect(sheet.getByText("The visit on Tuesday.")).toBeVisible();
  const shared = page.locator(".share-text");
  await expect(shared).toContainText("Check-ins I want to bring");
  await expect(shared).toContainText(/- 9 Nov 2026: (Steady|Under pressure|Worn down|Struggling)/);
  await expect(shared).toContainText(`Note: ${NOTE}`);
  await expect(shared).toContainText("Agenda\n1. Late visits\n2. Training\n3. Workload");
  await expect(shared).not.toContainText(/\b(green|yellow|orange|red)\b/i);

  await page.getByRole("button", { name: "Copy the text" }).click();
  await expect(
    page.getByText("Copied. You can paste it into a message or an email."),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    "Supervision preparation: my own supervision",
  );
  await page.getByRole("button", { name: "Dismiss" }).click();

  // Print: the sheet alone, with both marked check-ins, the trend and the prompts.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.locator(".app-footer")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(sheet.getByRole("heading", { name: "How things have been" })).toBeVisible();
  await expect(
    sheet.getByText(/^Your recent check-ins suggest things have got harder/),
  ).toBeVisible();
  await expect(sheet.locator(".stage-chart svg")).toBeVisible();
  const items = bring.locator("li");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(
    /9 Nov 2026.*(Steady|Under pressure|Worn down|Struggling)/,
  );
  await expect(items.nth(1)).toContainText(
    /16 Nov 2026.*(Steady|Under pressure|Worn down|Struggling)/,
  );
  await expect(sheet.getByRole("heading", { name: "Questions to think about" })).toBeVisible();
  await expect(sheet.getByRole("heading", { level: 4, name: /^Restorative/ })).toBeVisible();
  await expect(sheet.locator(".sheet-question").first()).toBeVisible();
  await expect(bring).not.toContainText("2 Nov 2026");
  await page.emulateMedia({ media: "screen" });

  // After the session: an agreed action goes to "My plan" on Home.
  await page.getByRole("link", { name: "After the session" }).click();
  await expectHeading(page, "After the session");
  await page.getByLabel("What you talked about or decided").fill("Fewer late visits for a month.");
  await page.getByLabel("An action you agreed").fill("Take a proper lunch break");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(
    page.getByText("Added “Take a proper lunch break” to your plan. You can see it on Home."),
  ).toBeVisible();
  await expect(page.getByText("In your plan on Home.")).toBeVisible();

  await page.goto("/");
  await expectHeading(page, "How are you today?");
  const plan = page.getByRole("region", { name: "My plan" });
  await expect(plan.getByRole("heading", { name: "Take a proper lunch break" })).toBeVisible();
  await expect(plan.getByText("Agreed in supervision on Friday 20 November 2026.")).toBeVisible();

  // The prep kept everything, including what happened after the session.
  await page.goto("/supervision");
  await expect(page.getByRole("heading", { name: "Your preparations (1)" })).toBeVisible();
  await expect(page.getByText("After the session: notes recorded", { exact: false })).toBeVisible();
});

test("a deleted preparation can be brought back with Undo", async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await startMyOwnPrep(page);
  await page.getByRole("link", { name: "All preparations" }).click();
  const remove = page.getByRole("button", { name: /Delete the preparation for 23 Oct 2026/ });
  await remove.click();
  await expect(page.getByRole("heading", { name: "Your preparations (0)" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: "Your preparations (1)" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your preparations (1)" })).toBeVisible();
});

/** A peer check-in with AB, kept on the device as the peer screens keep one (with consent). */
async function seedPeerCheckIn(page: Page): Promise<void> {
  await page.goto("/supervision");
  // The form shows once the app has opened its database, so the store exists to write to.
  await expect(page.getByRole("button", { name: "Start preparing" })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const at = "2026-11-10T14:00:00.000Z";
          const write = db.transaction("peerCheckIns", "readwrite").objectStore("peerCheckIns");
          write.put({
            id: "peer-ab",
            createdAt: at,
            updatedAt: at,
            packId: "hcw-default",
            packVersion: "1.0.0",
            colleague: "AB",
            heldOn: "2026-11-10",
            consent: { given: true, notes: "keep-notes", at },
            signs: [],
            suggestedStage: { stageId: "stretched", stageIndex: 1 },
            colleagueView: { kind: "stage", stageId: "strained", stageIndex: 2 },
            notes: "Private words about the rota.",
            actions: [{ id: "first", what: "Take a proper lunch break", who: "colleague" }],
            resourcesOffered: [],
            followUpOn: "2026-11-24",
            followUps: [],
          });
          write.transaction.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}

/** The actions stored on the seeded peer check-in. */
function peerActions(page: Page): Promise<{ what: string; who: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction("peerCheckIns").objectStore("peerCheckIns").get("peer-ab");
          read.onsuccess = () => {
            db.close();
            resolve(read.result.actions);
          };
        };
      }),
  );
}

test("a supervisor prepares from their check-ins with a colleague, and a follow-up joins the latest one", async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await seedPeerCheckIn(page);
  await page.reload();
  await page.getByRole("radio", { name: "Someone I supervise" }).check();
  await page.getByLabel("The person you supervise").fill("ab");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");

  const withThem = page.getByRole("region", { name: "Your check-ins with ab" });
  await expect(withThem.getByText("Their own view: Worn down")).toBeVisible();
  await expect(
    withThem.getByText(/pointed to: Under pressure \(a suggestion only\)/),
  ).toBeVisible();
  await expect(page.getByText("Private words about the rota.")).toHaveCount(0);
  await expect(page.getByText(/how they saw it last time \(Worn down\)/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Preview to print or share" }).click();
  const shared = page.locator(".share-text");
  await expect(shared).toContainText("Supervision preparation: supervising ab");
  await expect(shared).toContainText("- 10 Nov 2026. Their own view: Worn down.");
  await expect(shared).not.toContainText("Private words");

  await page.getByRole("link", { name: "After the session" }).click();
  await expectHeading(page, "After the session");
  await page.getByLabel("An action you agreed").fill("Ask how the new rota feels");
  await expect(
    page.getByRole("radio", { name: /My check-in with ab from 10 Nov 2026/ }),
  ).toBeChecked();
  await page.getByRole("radio", { name: "Both of us" }).check();
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(
    page.getByText("Added “Ask how the new rota feels” to your check-in with AB from 10 Nov 2026."),
  ).toBeVisible();
  await expect(page.getByText("On your check-in with AB from 10 Nov 2026.")).toBeVisible();
  expect(await peerActions(page)).toEqual([
    { id: "first", what: "Take a proper lunch break", who: "colleague" },
    expect.objectContaining({ what: "Ask how the new rota feels", who: "both" }),
  ]);
  await expectNoAxeViolations(page);
});

/** Every supervision screen, with something on each: the list, preparing, the preview and after. */
async function checkEveryScreen(page: Page): Promise<void> {
  await seedCheckIns(page, 2);
  await startMyOwnPrep(page);
  await page.locator(".chart-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".stage-chart svg")).toBeVisible();
  await page.getByRole("checkbox", { name: "Include my notes" }).check();
  await page.getByLabel("Add to the agenda").fill("Workload");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByLabel("Add to the agenda").fill("Training");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Preview to print or share" }).click();
  await expectHeading(page, "Your page for supervision");
  await expect(page.locator(".prep-sheet .stage-chart svg")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "After the session" }).click();
  await expectHeading(page, "After the session");
  await page.getByLabel("An action you agreed").fill("Book a day off");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByText("In your plan on Home.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "All preparations" }).click();
  await expect(page.getByRole("heading", { name: "Your preparations (1)" })).toBeVisible();
  await page.getByRole("radio", { name: "Someone I supervise" }).check();
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
}

for (const theme of ["light", "dark"] as Theme[]) {
  test(`every supervision screen has no axe violations on a phone (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await checkEveryScreen(page);
  });

  test.describe("desktop", () => {
    test.use(DESKTOP);
    test(`every supervision screen has no axe violations on a wide screen (${theme})`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      await checkEveryScreen(page);
    });
  });
}
