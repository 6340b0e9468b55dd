import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { rawRows } from "./support/data";
import { goToStep, startWithConsent } from "./support/peer";

/** Counts the rows in one IndexedDB store, straight from the browser's database. */
async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve(0);
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
    store,
  );
}

async function addAction(page: Page, what: string, who: string, by: string): Promise<void> {
  await page.getByLabel("Add an action").fill(what);
  await page.getByRole("radio", { name: who, exact: true }).check();
  await page.getByLabel("By when (optional)").fill(by);
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.locator(".action-item", { hasText: what })).toBeVisible();
}

interface PeerRow {
  consent?: unknown;
}

test("a manager records a full peer check-in, and the follow-up comes due on Home", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2026-11-20T10:00:00Z"));
  await startWithConsent(page);

  // Their own view first; it counts most.
  // Once chosen, the choice folds to one line.
  await page.getByRole("radio", { name: "Under pressure", exact: true }).click();
  await expect(page.getByText(/In their own words, they are/)).toContainText("Under pressure");
  // Signs noticed, with a suggestion that is only a suggestion.
  await goToStep(page, "Signs");
  await page.getByRole("checkbox", { name: "Skips breaks or stays late more often." }).check();
  await page
    .getByRole("checkbox", { name: "Seems a bit more tired, tense or quiet than usual." })
    .check();
  await expect(page.getByText(/The signs you ticked are most like/)).toContainText(
    "Under pressure",
  );

  await goToStep(page, "What you agreed");
  await addAction(page, "Take a full lunch break", "My colleague", "2026-11-27");
  await addAction(page, "Look at the rota together", "Both of us", "2026-11-30");
  await page.getByText("Choose support to offer").click();
  await page.getByRole("checkbox", { name: /Samaritans/ }).check();
  // The list folds away once the choice is made, and the choice stays in view.
  await page.getByRole("button", { name: "Done choosing" }).click();
  await expect(page.getByRole("checkbox", { name: /Samaritans/ })).toBeHidden();
  await expect(page.getByRole("region", { name: "Support you offered" })).toContainText(
    "Samaritans",
  );
  await goToStep(page, "Follow-up");
  // No loop to close before any catch-up has happened.
  await expect(page.getByRole("button", { name: /Close the loop/ })).toHaveCount(0);
  await page.getByLabel("Catch up again on").fill("2026-12-01");
  await page.getByLabel("Time", { exact: true }).fill("14:30");
  await page.getByLabel("How long").selectOption("45");

  // The calendar file parses: a timed event on the follow-up day, free not busy, neutral title.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save a calendar file" }).click();
  const ics = await readFile((await (await downloading).path())!, "utf8");
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  expect(event.startDate.isDate).toBe(false);
  expect(event.startDate.toString()).toBe("2026-12-01T14:30:00");
  expect(event.duration.toSeconds()).toBe(45 * 60);
  expect(vevent.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
  expect(event.summary).toBe("Catch up with JB");
  await expect(page.getByText(/Calendar file saved as catch-up.ics/)).toBeVisible();

  await goToStep(page, "Finish");
  await page.getByLabel("Notes for you only (optional)").fill("Mentioned a hard case last week.");
  await page.getByLabel("Notes for you only (optional)").blur();
  await expect(page.getByText("Saved on this device.")).toBeVisible();

  // Everything survived a reload.
  await page.reload();
  await expect(page.getByText(/In their own words, they are/)).toContainText("Under pressure");
  await goToStep(page, "What you agreed");
  await expect(page.locator(".action-item")).toHaveCount(2);

  // Not yet due on Home...
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Catch-ups with colleagues" })).toHaveCount(0);
  // ...but due when the day comes.
  await page.clock.setFixedTime(new Date("2026-12-01T09:00:00Z"));
  await page.reload();
  await expect(page.getByRole("link", { name: "Catch up with JB" })).toBeVisible();
  await page.getByRole("link", { name: "Catch up with JB" }).click();
  await expectHeading(page, "Check-in with JB");
  await goToStep(page, "Follow-up");
  await expect(page.getByText("Catch-up due today")).toBeVisible();
});

test("the summary shows no private notes unless they are ticked in", async ({ page }) => {
  await startWithConsent(page, "AK");
  await goToStep(page, "What you agreed");
  await addAction(page, "Book a supervision slot", "Me", "2026-11-25");
  await goToStep(page, "Finish");
  await page.getByLabel("Notes for you only (optional)").fill("Private: worried about sleep.");
  await page.getByLabel("Notes for you only (optional)").blur();
  await expect(page.getByText("Saved on this device.")).toBeVisible();
  await page.getByRole("link", { name: "Prepare a summary for AK" }).click();
  await expectHeading(page, "Summary for AK");
  const preview = page.getByTestId("summary-preview");
  await expect(preview).toContainText("Book a supervision slot");
  await expect(preview).not.toContainText("worried about sleep");
  await page.getByRole("checkbox", { name: "Include my private notes" }).check();
  await expect(preview).toContainText("worried about sleep");
  await expectNoAxeViolations(page);
});

test("without consent only the guide is shown and nothing about the colleague is stored", async ({
  page,
}) => {
  await page.goto("/peer/new");
  await page.getByLabel("Your colleague").fill("ZZ");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Tick this once your colleague knows what will be kept");
  await page
    .getByRole("link", { name: "Use the guide without saving anything", exact: true })
    .click();
  await expectHeading(page, "Conversation guide");
  await page.getByText("Ways to start").click();
  expect(await countRows(page, "peerCheckIns")).toBe(0);
});

test("actions only: no notes fields, and switching to it deletes the notes", async ({ page }) => {
  await startWithConsent(page, "RM");
  await goToStep(page, "Finish");
  await page.getByLabel("Notes for you only (optional)").fill("A private thought");
  await page.getByLabel("Notes for you only (optional)").blur();
  await expect(page.getByText("Saved on this device.")).toBeVisible();
  await page.getByRole("button", { name: "Stop keeping notes" }).click();
  await page.getByRole("button", { name: "Yes, delete the notes" }).click();
  await expect(page.getByLabel("Notes for you only (optional)")).toHaveCount(0);
  // The reload comes once the change is stored (a write in flight at a reload may be dropped).
  await expect
    .poll(async () =>
      JSON.stringify((await rawRows(page, "peerCheckIns")).map((row) => (row as PeerRow).consent)),
    )
    .toContain("actions-only");
  await page.reload();
  await goToStep(page, "Finish");
  await expect(page.getByText(/only the actions are kept/)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open("healing-centred-wellbeing");
        open.onsuccess = () => {
          const all = open.result.transaction("peerCheckIns").objectStore("peerCheckIns").getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
        };
      }),
  );
  expect(stored).not.toContain("A private thought");
});

for (const theme of ["light", "dark"] as const) {
  test(`peer screens have no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto("/peer");
    await expectHeading(page, "Peer check-in");
    await expectNoAxeViolations(page);
    await page.goto("/peer/new");
    await expectHeading(page, "Start a peer check-in");
    await expectNoAxeViolations(page);
    await startWithConsent(page);
    await expectNoAxeViolations(page);
    await goToStep(page, "Signs");
    await page.getByRole("checkbox", { name: "Skips breaks or stays late more often." }).check();
    await expectNoAxeViolations(page);
    await goToStep(page, "What you agreed");
    await addAction(page, "Take a full lunch break", "My colleague", "2026-11-27");
    await expectNoAxeViolations(page);
    await goToStep(page, "Follow-up");
    await page.getByLabel("Catch up again on").fill("2026-12-01");
    await page.getByText("Record a catch-up conversation").click();
    await expectNoAxeViolations(page);
    await goToStep(page, "Finish");
    await expectNoAxeViolations(page);
    await page.goto("/peer/guide");
    await expectHeading(page, "Conversation guide");
    await expectNoAxeViolations(page);
  });
}

test.describe("desktop", () => {
  test.use(DESKTOP);
  test("peer screens have no axe violations on a wide screen", async ({ page }) => {
    await startWithConsent(page);
    await expectNoAxeViolations(page);
    await page.goto("/peer");
    await expectHeading(page, "Peer check-in");
    await expectNoAxeViolations(page);
  });
});

test("a person shares their own summary, and a manager attaches it to a peer check-in", async ({
  page,
}) => {
  await page.goto("/check-in");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const steps = Number(
    (await page.getByText(/^Step 1 of \d+$/).textContent())!.match(/of (\d+)/)![1],
  );
  for (let step = 1; step < steps; step++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "See my result" }).click();
  await page.getByText("Make a short summary for a manager or supervisor").click();
  await page.getByLabel("What I’d like help with (optional)").fill("Fewer late shifts for a bit");
  const preview = page.getByTestId("self-summary-preview");
  await expect(preview).toContainText("What I'd like help with: Fewer late shifts for a bit");
  await expect(preview).toContainText("not a diagnosis");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save as a file" }).click();
  const file = (await (await downloading).path())!;

  await startWithConsent(page, "SK");
  await goToStep(page, "Finish");
  await page.getByLabel("Open a file").setInputFiles(file);
  await expect(page.locator(".shared-summary")).toContainText("Fewer late shifts for a bit");

  // Something that is not plain text is refused with a kind message.
  await page.getByRole("button", { name: "Remove their summary" }).click();
  await page.getByLabel("Paste their summary").fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("does not look like plain text");
});
