import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { rawRows, restoreInFreshBrowser } from "./support/data";
import { setPasscode, unlockWith } from "./support/lock";

const TODAY = new Date("2026-12-06T12:00:00Z");
const KEEPS_ME_WELL = "A walk at lunch.\nTalking to Sam after a hard visit.";
const SIGN = "I stop eating lunch.";
const PASSCODE = "otters by the weir";

/** The text box of one part of the plan, by its heading. */
function part(page: Page, heading: string): Locator {
  return page.getByRole("textbox", { name: heading, exact: true });
}

async function openPlan(page: Page): Promise<void> {
  await page.goto("/plan");
  await expectHeading(page, "My wellbeing plan");
}

/** Two harder check-ins a week apart, done through the app. */
async function harderCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  for (const at of ["2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z"]) {
    await page.clock.setFixedTime(new Date(at));
    await checkIn.start();
    await checkIn.completeAll("last");
  }
  await page.clock.setFixedTime(TODAY);
}

/** Writes one part and waits until the device has kept it. */
async function writePart(page: Page, heading: string, text: string): Promise<void> {
  await part(page, heading).fill(text);
  await expect(page.getByRole("region", { name: heading }).getByRole("status")).toHaveText(
    "Saved on this device.",
  );
}

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("a plan written from empty, with a suggestion from past check-ins, a chosen part shared and printed on one page, and a review date that shows on Home when due", async ({
  page,
}) => {
  await harderCheckIns(page);

  await page.goto("/");
  await page.getByRole("link", { name: "Write my wellbeing plan" }).click();
  await expectHeading(page, "My wellbeing plan");
  await expect(part(page, "What keeps me well at work")).toHaveValue("");
  await writePart(page, "What keeps me well at work", KEEPS_ME_WELL);
  await writePart(page, "Early signs I am not OK: what I notice", SIGN);

  // A suggestion drawn from the two harder check-ins: offered, added only by its own tap.
  const signs = page.getByRole("region", { name: "Early signs I am not OK: what I notice" });
  const offered = signs
    .locator(".suggestion")
    .filter({ hasText: "This area was harder in 2 of your check-ins." })
    .first();
  const suggestion = (await offered.locator(".suggestion-text").textContent()) ?? "";
  const add = offered.getByRole("button", { name: /^Add\W/ });
  await expect(
    signs.getByText("This area was harder in 2 of your check-ins.").first(),
  ).toBeVisible();
  await expect(part(page, "Early signs I am not OK: what I notice")).toHaveValue(SIGN);
  await add.click();
  await expect(part(page, "Early signs I am not OK: what I notice")).toHaveValue(
    `${SIGN}\n${suggestion}`,
  );
  await expect(signs.locator(".suggestion-text").filter({ hasText: suggestion })).toHaveCount(0);
  await expect(signs.getByRole("status")).toHaveText("Saved on this device.");

  // Survives a reload.
  await page.reload();
  await expectHeading(page, "My wellbeing plan");
  await expect(part(page, "What keeps me well at work")).toHaveValue(KEEPS_ME_WELL);
  await expect(part(page, "Early signs I am not OK: what I notice")).toHaveValue(
    `${SIGN}\n${suggestion}`,
  );

  // The review date, and its calendar file.
  await page.getByRole("textbox", { name: "When to look at my plan again" }).fill("2026-12-10");
  await expect(page.getByText("Saved: 10 Dec 2026.")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Add to my calendar" }).click();
  const calendar = await readFile((await (await downloading).path())!, "utf8");
  expect(calendar).toContain("SUMMARY:Look over my plan");
  expect(calendar).toContain("DTSTART;VALUE=DATE:20261210");
  expect(calendar).not.toContain("lunch");

  // A kept copy.
  await page.getByRole("button", { name: "Keep a copy of my plan as it is today" }).click();
  const copies = page.getByRole("region", { name: "Earlier copies of my plan" });
  await expect(copies.getByText(/^Copy kept Sunday,? 6 December 2026/)).toBeVisible();

  // Share: nothing is chosen until the person ticks a part, and only that part goes.
  await page.getByRole("link", { name: "Share or print" }).click();
  await expectHeading(page, "Share or print my plan");
  await expect(page.getByText("Nothing is chosen yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "What keeps me well at work" }).check();
  const preview = page.locator(".plan-page");
  await expect(preview).toContainText("Talking to Sam after a hard visit.");
  await expect(preview).not.toContainText(SIGN);
  const shared = page.locator(".share-text");
  await expect(shared).toHaveText(
    `My wellbeing plan\n\nWhat keeps me well at work\n${KEEPS_ME_WELL}`,
  );
  const saving = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save as a text file" }).click();
  const file = await saving;
  expect(file.suggestedFilename()).toBe("my-wellbeing-plan.txt");
  expect(await readFile((await file.path())!, "utf8")).toBe(await shared.textContent());

  // Print: the chosen part alone, no app chrome, one A4 page.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.locator(".app-footer")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(page.getByRole("checkbox").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(preview.getByRole("heading", { name: "What keeps me well at work" })).toBeVisible();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: "screen" });

  // Home: no reminder before the day, a reminder on it.
  await page.goto("/");
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("link", { name: "Write my wellbeing plan" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Time to look at your wellbeing plan" }),
  ).toHaveCount(0);
  await page.clock.setFixedTime(new Date("2026-12-10T08:00:00Z"));
  await page.reload();
  await expect(
    page.getByRole("heading", { name: "Time to look at your wellbeing plan" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Look at my plan" }).click();
  await expectHeading(page, "My wellbeing plan");

  // "Ask me in two weeks" on Home moves the day on two weeks, stored, and the note stays away.
  await page.goto("/");
  await page.getByRole("button", { name: "Ask me in two weeks" }).click();
  await expect(page.getByText("We will ask again in two weeks")).toBeVisible();
  await expect
    .poll(async () => reviewDays(await rawRows(page, "wellbeingPlans")))
    .toEqual(["2026-12-24"]);
  await page.reload();
  await expectHeading(page, "How are you today?");
  await expect(
    page.getByRole("heading", { name: "Time to look at your wellbeing plan" }),
  ).toHaveCount(0);
});

/** The review days stored on the current plan (not on kept copies). */
function reviewDays(rows: unknown[]): unknown[] {
  return rows
    .filter((row) => (row as { kind?: string }).kind !== "version")
    .map((row) => (row as { reviewOn?: string }).reviewOn);
}

test("the plan goes into a backup and comes back in a fresh browser", async ({ page, browser }) => {
  await page.clock.setFixedTime(TODAY);
  await openPlan(page);
  await writePart(page, "If I become unwell: what to do and who to contact", "Call my sister Jo.");
  // The other browser has a plan of its own, written a day before the backup.
  const fresh = await restoreInFreshBrowser(page, browser, {
    version: 3,
    listed: "1 version of your wellbeing plan",
    before: async (other) => {
      await other.clock.setFixedTime(new Date(TODAY.getTime() - 86_400_000));
      await openPlan(other);
      await writePart(other, "What keeps me well at work", "Words only on the other device.");
      await other.clock.setFixedTime(new Date(TODAY.getTime() + 3_600_000));
    },
  });
  await openPlan(fresh);
  await expect(part(fresh, "If I become unwell: what to do and who to contact")).toHaveValue(
    "Call my sister Jo.",
  );
  // The merge brought in the newer plan, and kept that device's own words as a copy.
  const rows = (await rawRows(fresh, "wellbeingPlans")) as {
    kind: string;
    parts: Record<string, string>;
  }[];
  expect(rows.filter((row) => row.kind === "current").map((row) => row.parts)).toEqual([
    { ifUnwell: "Call my sister Jo." },
  ]);
  expect(rows.filter((row) => row.kind === "version").map((row) => row.parts)).toEqual([
    { keepsMeWell: "Words only on the other device." },
  ]);
  await fresh.context().close();
});

test("under the lock the plan is sealed on the device, and is all there after unlocking", async ({
  page,
}) => {
  await openPlan(page);
  await writePart(page, "What can knock me off balance", "Late visits on my own.");
  await setPasscode(page, PASSCODE);
  // In-app moves only: loading a page afresh locks the app.
  await page.getByRole("link", { name: "Wellbeing" }).click();
  await page.getByRole("link", { name: "Write my wellbeing plan" }).click();
  await expectHeading(page, "My wellbeing plan");
  await writePart(page, "Changes at work that help me", "A quiet room to write notes.");

  const rows = (await rawRows(page, "wellbeingPlans")) as Record<string, unknown>[];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).toHaveProperty("sealed");
    expect(Object.keys(row).sort()).toEqual(["createdAt", "id", "sealed", "updatedAt"]);
  }
  expect(JSON.stringify(rows)).not.toMatch(/Late visits|quiet room/);

  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("button", { name: "Lock now" }).click();
  await expectHeading(page, "Unlock");
  await unlockWith(page, PASSCODE);
  await page.getByRole("link", { name: "Wellbeing" }).click();
  await page.getByRole("link", { name: "Write my wellbeing plan" }).click();
  await expectHeading(page, "My wellbeing plan");
  await expect(part(page, "What can knock me off balance")).toHaveValue("Late visits on my own.");
  await expect(part(page, "Changes at work that help me")).toHaveValue(
    "A quiet room to write notes.",
  );
});

test("keyboard only: write a part, add a suggested tip, choose a part to share", async ({
  page,
}) => {
  // A tip chosen from a result becomes a suggestion for "things I can do".
  await harderCheckIns(page);
  const addTip = page.getByRole("button", { name: /^Add to my plan/ }).first();
  await expect(addTip).toBeVisible();
  await addTip.click();
  await expect(page.getByText("In your plan").first()).toBeVisible();

  await openPlan(page);
  const keeps = part(page, "What keeps me well at work");
  await tabTo(page, keeps);
  await page.keyboard.type("Lunch with the team.");
  await page.keyboard.press("Tab");
  const mine = page.getByRole("region", { name: "What helps: things I can do" });
  const offered = mine.locator(".suggestion").first();
  const tip = (await offered.locator(".suggestion-text").textContent()) ?? "";
  const add = offered.getByRole("button", { name: /^Add\W/ });
  await expect(mine.getByText("You chose this tip to try.").first()).toBeVisible();
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await expect(part(page, "What helps: things I can do")).toHaveValue(tip);
  await expect(part(page, "What helps: things I can do")).toBeFocused();

  const share = page.getByRole("link", { name: "Share or print" });
  await share.focus();
  await page.keyboard.press("Enter");
  await expectHeading(page, "Share or print my plan");
  const box = page.getByRole("checkbox", { name: "What helps: things I can do" });
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(page.locator(".share-text")).toContainText(tip);
  await expect(page.locator(".share-text")).not.toContainText("Lunch with the team.");
});

for (const theme of ["light", "dark"] as Theme[]) {
  test(`every plan screen and the Home reminder have no axe violations (${theme})`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.clock.setFixedTime(TODAY);
    await openPlan(page);
    await writePart(page, "What keeps me well at work", KEEPS_ME_WELL);
    await page.getByRole("textbox", { name: "When to look at my plan again" }).fill("2026-12-01");
    await expect(page.getByText("Saved: 1 Dec 2026.")).toBeVisible();
    await page.getByRole("button", { name: "Keep a copy of my plan as it is today" }).click();
    await page.getByText(/^Copy kept/).click();
    await page.getByText("Why this helps").first().click();
    await expectNoAxeViolations(page);

    await page.goto("/plan/share");
    await expectHeading(page, "Share or print my plan");
    await page.getByRole("checkbox", { name: "What keeps me well at work" }).check();
    await expect(page.locator(".share-text")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/plan/conversation");
    await expectHeading(page, "My plan for a conversation");
    await expect(page.getByText("Talking to Sam after a hard visit.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".app-header")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Feeling safe" })).toBeVisible();
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: "screen" });
    // Beside the "Feeling safe" topic, help is one tap away.
    await page.locator(".conversation-topics").getByRole("link", { name: "Help now" }).click();
    await expectHeading(page, "Help now");

    await page.goto("/");
    await expect(
      page.getByRole("heading", { name: "Time to look at your wellbeing plan" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
