import { expect, test, type Page } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Two check-ins in the period, the second marked to bring: a typical prep. */
async function seedTwoCheckIns(page: Page): Promise<void> {
  const checkIn = new CheckInPage(page);
  for (const [at, choice, bring] of [
    ["2026-11-09T09:00:00Z", "first", false],
    ["2026-11-16T09:00:00Z", "last", true],
  ] as const) {
    await page.clock.setFixedTime(new Date(at));
    await checkIn.start();
    await checkIn.completeAll(choice);
    if (bring) await page.getByRole("checkbox", { name: "Bring this to supervision" }).check();
  }
  await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
}

test("the printed page has only answered prompts, session details and space for actions, on one A4 page", async ({
  page,
}) => {
  await seedTwoCheckIns(page);
  await page.goto("/supervision");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");

  // My own prep asks in my own voice.
  const prompts = page.getByRole("region", { name: "Questions to think about" });
  await prompts.getByLabel("What has stayed with me since we last met?").fill("The home visit.");
  await prompts
    .getByLabel(/^Have I had to do something, or watch something happen/)
    .fill("Discharging a patient too early.");
  await prompts.getByLabel(/^Does my workload feel safe/).fill("Mostly, not on Mondays.");
  await page.getByLabel("Anything you want to talk about or ask for").fill("How to switch off.");
  const agenda = page.getByRole("region", { name: "Agenda" });
  for (const item of ["Late visits", "Workload", "Training"]) {
    await agenda.getByLabel("Add to the agenda").fill(item);
    await agenda.getByRole("button", { name: "Add", exact: true }).click();
  }
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device." })).toBeVisible();

  await page.getByRole("button", { name: "Preview to print or share" }).click();
  await expectHeading(page, "Your page for supervision");
  const sheet = page.locator(".prep-sheet");
  await expect(
    sheet.getByRole("heading", { name: "Supervision preparation: My own supervision" }),
  ).toBeVisible();
  await expect(sheet.locator(".sheet-prompts li")).toHaveCount(3);
  await expect(sheet.getByText("Session date")).toBeVisible();
  await expect(sheet.getByRole("heading", { name: "Notes from the session" })).toBeVisible();
  await expect(sheet.getByRole("table").getByRole("columnheader")).toHaveText([
    "What",
    "Who",
    "By when",
  ]);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.locator(".app-footer")).toBeHidden();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  expect(pageCount(pdf)).toBe(1);
  await page.emulateMedia({ media: "screen" });

  // Blank questions print only when asked for, as space to write.
  await page.getByRole("checkbox", { name: /Also print the questions I left blank/ }).check();
  const all = await sheet.locator(".sheet-prompts li").count();
  expect(all).toBeGreaterThan(3);
  await expect(sheet.locator(".sheet-prompts li .write-in")).toHaveCount(all - 3);
});

test("a supervisor sees guidance by stage, and the page keeps the initials as written", async ({
  page,
}) => {
  await page.goto("/supervision");
  await page.getByRole("radio", { name: "Someone I supervise" }).check();
  await page.getByLabel("The person you supervise").fill("JT");
  await page.getByRole("button", { name: "Start preparing" }).click();
  await expectHeading(page, "Get ready for supervision");
  const guidance = page.getByRole("region", { name: "For you as their supervisor" });
  await guidance.getByText("Worn down").click();
  await expect(
    guidance.getByText("A referral to occupational health, if they agree."),
  ).toBeVisible();
  await expect(guidance.getByText(/work stress risk assessment/)).toBeVisible();
  // Asked of the person being supervised, in the supervisor's words.
  await expect(
    page
      .getByRole("region", { name: "Questions to think about" })
      .getByLabel("What has stayed with you since we last met?"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Preview to print or share" }).click();
  const sheet = page.locator(".prep-sheet");
  await expect(
    sheet.getByRole("heading", { name: "Supervision preparation: Supervising JT" }),
  ).toBeVisible();
  await expect(sheet).toContainText("JT (supervisee) and me (supervisor)");
  // Nothing answered: no questions printed.
  await expect(sheet.locator(".sheet-prompts li")).toHaveCount(0);
});

for (const theme of ["light", "dark"] as const) {
  test(`supervisor guidance and the printed page have no axe violations (${theme})`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto("/supervision");
    await page.getByRole("radio", { name: "Someone I supervise" }).check();
    await page.getByLabel("The person you supervise").fill("JT");
    await page.getByRole("button", { name: "Start preparing" }).click();
    await expectHeading(page, "Get ready for supervision");
    await page.getByText("Struggling", { exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Preview to print or share" }).click();
    await expectHeading(page, "Your page for supervision");
    await page.getByRole("checkbox", { name: /Also print the questions I left blank/ }).check();
    await expectNoAxeViolations(page);
  });
}
