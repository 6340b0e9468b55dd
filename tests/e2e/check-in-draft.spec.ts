import { expect, test } from "@playwright/test";
import { expectInReach } from "./support/app";
import { rawRows } from "./support/data";
import { CheckInPage } from "./support/check-in";

test("a resumed draft shows a question passed over as unanswered, and “Prefer not to say” as chosen", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  const questions = page.locator("form.check-in fieldset");
  expect(await questions.count()).toBeGreaterThanOrEqual(2);
  await questions.nth(0).getByRole("radio", { name: "Prefer not to say" }).check();
  // The second question is passed over: nothing chosen.
  await checkIn.next();
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  // The reload comes once the draft has its place (a write still in flight at a reload
  // may be dropped by the browser).
  await expect
    .poll(async () => ((await rawRows(page, "drafts"))[0] as { step?: number } | undefined)?.step)
    .toBe(1);

  await page.reload();
  await page.getByRole("button", { name: "Carry on where you left off" }).click();
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(questions.nth(0).getByRole("radio", { name: "Prefer not to say" })).toBeChecked();
  await expect(questions.nth(1).locator("input:checked")).toHaveCount(0);
});

test("“Go back to my check-in” after the safety screen returns to the question left from", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  const redFlag = await checkIn.goToSafetyQuestion();
  const flagged = redFlag.getByRole("radio").nth(1);
  await flagged.click();
  await expect(page.locator("h2#safety-heading")).toBeFocused();
  await page.getByRole("button", { name: "Go back to my check-in" }).click();

  await expect(flagged).toBeChecked();
  await expect(flagged).toBeFocused();
  // In view, clear of the header, with its question above it.
  await expectInReach(redFlag.locator("legend"), "the question");
  await expectInReach(flagged.locator("xpath=.."), "the answer chosen");
});

test("a check-in reopened after a reload puts focus back on the question answered last", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  const questions = page.locator("form.check-in fieldset");
  const lastAnswered = questions.nth(1).getByRole("radio").nth(2);
  await questions.nth(0).getByRole("radio").first().check();
  await lastAnswered.check();

  await page.reload();
  await page.getByRole("button", { name: "Carry on where you left off" }).click();
  await expect(lastAnswered).toBeChecked();
  await expect(lastAnswered).toBeFocused();
  await expectInReach(lastAnswered.locator("xpath=.."), "the answer chosen last");
});
