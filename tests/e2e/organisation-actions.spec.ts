import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { rawRows, restoreInFreshBrowser } from "./support/data";
import { setPasscode } from "./support/lock";
import {
  downloadFrom,
  expectSaved,
  expectSealed,
  lockUnlockAndReturn,
  openOrgPart,
} from "./support/organisation";

const TODAY = new Date("2026-12-07T12:00:00Z");
const PASSCODE = "herons at the lock";

type ActionRow = { title: string; owner: string; reviewOn: string; progress: { note: string }[] };

async function openActions(page: Page): Promise<void> {
  await page.goto("/organisation/actions");
  await expectHeading(page, "Key actions");
}

/** Starts from the pack's steering-group idea and fills in who leads it and when to review. */
async function addSteeringGroup(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start from: Set up a steering group" }).click();
  await expectHeading(page, "Set up a steering group");
  await expect(page.getByLabel("What it is")).not.toHaveValue("");
  await page.getByLabel("Who leads it").fill("Priya, service manager");
  await page.getByLabel("Review date").fill("2027-03-01");
  await page.getByRole("radio", { name: "Under way" }).check();
  await expectSaved(page);
}

/** Starts an action of the lead's own, with a review date. */
async function addOwnAction(page: Page, title: string, reviewOn: string): Promise<void> {
  await page.getByLabel("Title of the key action").fill(title);
  await page.getByRole("button", { name: "Start this action" }).click();
  await expectHeading(page, title);
  await page.getByLabel("Who leads it").fill("Sam");
  await page.getByLabel("Review date").fill(reviewOn);
  await expectSaved(page);
}

async function addProgress(page: Page, on: string, note: string, evidence = ""): Promise<void> {
  await page.getByLabel("Day", { exact: true }).fill(on);
  await page.getByLabel("What happened").fill(note);
  await page.getByLabel("Evidence (if you have it)").fill(evidence);
  await page.getByRole("button", { name: "Add this note" }).click();
  await expect(page.getByRole("list", { name: "Progress notes, newest first" })).toContainText(
    note,
  );
}

async function storedActions(page: Page): Promise<ActionRow[]> {
  return (await rawRows(page, "orgActions")) as ActionRow[];
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test("a lead adds two key actions with review dates, saves the review to a calendar and logs progress; all still there after a reload", async ({
  page,
}) => {
  await openActions(page);
  await expect(page.getByText(/Most teams start with two key actions/)).toBeVisible();
  await addSteeringGroup(page);
  await expect
    .poll(async () => (await storedActions(page)).map((row) => [row.owner, row.reviewOn]))
    .toEqual([["Priya, service manager", "2027-03-01"]]);

  const ics = await downloadFrom(
    page,
    page.getByRole("button", { name: "Add the review to a calendar" }),
  );
  expect(ics.name).toBe("set-up-a-steering-group-review.ics");
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent("vevent")!,
  );
  expect(event.summary).toBe("Review key action: Set up a steering group");
  expect(event.startDate.toString()).toBe("2027-03-01");
  expect(event.startDate.isDate).toBe(true);
  expect(ics.text).not.toContain("Priya");

  await addProgress(page, "2026-12-03", "Asked each team for a member.");
  await addProgress(page, "2026-12-07", "First meeting held.", "Notes of the meeting");
  const notes = page
    .getByRole("list", { name: "Progress notes, newest first" })
    .getByRole("listitem");
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText("First meeting held.");
  await expect(notes.first()).toContainText("Evidence: Notes of the meeting");
  await expect
    .poll(async () => (await storedActions(page))[0]?.progress.map((update) => update.note))
    .toEqual(["Asked each team for a member.", "First meeting held."]);

  await page.getByRole("link", { name: "Back to key actions" }).click();
  await addOwnAction(page, "Train line managers", "2027-02-01");
  await page.getByRole("link", { name: "Back to key actions" }).click();
  await expect(page.getByRole("heading", { name: "Your key actions (2)" })).toBeVisible();
  await expect(page.getByText(/Most teams/)).toHaveCount(0);
  await expect
    .poll(async () => (await storedActions(page)).map((row) => row.title).sort())
    .toEqual(["Set up a steering group", "Train line managers"]);

  await page.reload();
  await expectHeading(page, "Key actions");
  const titles = page.getByRole("list").getByRole("heading", { level: 3 });
  // The sooner review comes first.
  await expect(titles).toHaveText(["Train line managers", "Set up a steering group"]);
  await page.getByRole("link", { name: "Set up a steering group" }).click();
  await expect(page.getByLabel("Who leads it")).toHaveValue("Priya, service manager");
  await expect(page.getByRole("radio", { name: "Under way" })).toBeChecked();
  await expect(notes).toHaveCount(2);

  await page.getByRole("link", { name: "Back to key actions" }).click();
  const csv = await downloadFrom(
    page,
    page.getByRole("button", { name: "Save as a spreadsheet (CSV)" }),
  );
  expect(csv.text).toContain("Set up a steering group");
  expect(csv.text).toContain("2026-12-07: First meeting held. (Evidence: Notes of the meeting)");
});

test("a change to an action is a draft kept on the device: it is there after a reload, and an empty title is not saved", async ({
  page,
}) => {
  await openActions(page);
  await addOwnAction(page, "Look at our policies again", "2027-01-15");
  await page.getByLabel("What it is").fill("Read the lone working policy with two staff.");
  await expectSaved(page);
  await page.getByLabel("Title", { exact: true }).fill("");
  await expect(page.getByRole("status").filter({ hasText: "Not saved yet" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Look at our policies again");
  await expect(page.getByLabel("What it is")).toHaveValue(
    "Read the lone working policy with two staff.",
  );
});

test("key actions go into a backup and come back in a fresh browser", async ({ page, browser }) => {
  await openActions(page);
  await addSteeringGroup(page);
  await addProgress(page, "2026-12-07", "First meeting held.");
  await expect.poll(async () => (await storedActions(page))[0]?.progress.length).toBe(1);

  const fresh = await restoreInFreshBrowser(page, browser, { now: TODAY });
  await expect.poll(async () => (await storedActions(fresh)).length).toBe(1);
  await openActions(fresh);
  await fresh.getByRole("link", { name: "Set up a steering group" }).click();
  await expect(fresh.getByLabel("Who leads it")).toHaveValue("Priya, service manager");
  await expect(fresh.getByText("First meeting held.")).toBeVisible();
  await fresh.context().close();
});

test("under the lock key actions are sealed on the device, and all there after unlocking", async ({
  page,
}) => {
  await page.goto("/");
  await setPasscode(page, PASSCODE);
  await openOrgPart(page, "Key actions");
  await addSteeringGroup(page);
  await addProgress(page, "2026-12-07", "First meeting held.");
  await expectSealed(page, "orgActions", /steering|Priya|First meeting/);

  await lockUnlockAndReturn(page, PASSCODE, "Key actions");
  await page.getByRole("link", { name: "Set up a steering group" }).click();
  await expect(page.getByLabel("Who leads it")).toHaveValue("Priya, service manager");
  await expect(page.getByText("First meeting held.")).toBeVisible();
});

for (const theme of ["light", "dark"] as const) {
  test(`key actions have no axe violations in ${theme} theme on a phone`, async ({ page }) => {
    await useTheme(page, theme);
    await openActions(page);
    await expectNoAxeViolations(page);
    await addSteeringGroup(page);
    await addProgress(page, "2026-12-07", "First meeting held.", "Notes");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to key actions" }).click();
    await expect(page.getByRole("heading", { name: "Your key actions (1)" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test.describe("on a desktop", () => {
  test.use(DESKTOP);

  test("two key actions with review dates, progress, and no axe violations", async ({ page }) => {
    await openActions(page);
    await addSteeringGroup(page);
    await addProgress(page, "2026-12-07", "First meeting held.");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Back to key actions" }).click();
    await addOwnAction(page, "Name a champion in each team", "2027-04-01");
    await page.getByRole("link", { name: "Back to key actions" }).click();
    await expect(page.getByRole("heading", { name: "Your key actions (2)" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect.poll(async () => (await storedActions(page)).length).toBe(2);
  });
});
