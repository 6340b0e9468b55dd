import { expect, test } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";

test("a full check-in by touch reaches a result with stage, pattern, reasons and tips", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("last");
  await expect(page.getByRole("heading", { name: "Where you are today" })).toBeVisible();
  await expect(page.locator(".result-stage .stage-badge")).toBeVisible();
  await expect(page.locator(".callout").getByText(/This is not a diagnosis/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What this is based on" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Each part of life" })).toBeVisible();
  const tips = page.locator(".tip-card");
  expect(await tips.count()).toBeGreaterThanOrEqual(3);
  expect(await tips.count()).toBeLessThanOrEqual(5);

  // Choose a tip: it joins "my plan" on Home.
  const firstTip = (await tips.first().locator("h3").textContent())!;
  await tips
    .first()
    .getByRole("button", { name: /Add to my plan/ })
    .click();
  await expect(tips.first().getByText("In your plan")).toBeVisible();
  await page.getByRole("link", { name: "Done" }).click();
  await expectHeading(page, "How are you today?");
  await expect(page.getByRole("heading", { name: "Your last check-in" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "My plan" }).getByRole("heading", { name: firstTip }),
  ).toBeVisible();
});

test("a check-in by keyboard alone reaches a result", async ({ page }) => {
  await page.goto("/check-in");
  const start = page.getByRole("button", { name: "Start", exact: true });
  await start.focus();
  await page.keyboard.press("Enter");
  const steps = Number(
    (await page.getByText(/^Step 1 of \d+$/).textContent())!.match(/of (\d+)/)![1],
  );
  for (let step = 1; step <= steps; step++) {
    await expect(page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
    const groups = page.locator("form.check-in fieldset");
    const count = await groups.count();
    for (let index = 0; index < count; index++) {
      // Tab to the group's first radio, then Space picks it (arrow keys would move within).
      await groups.nth(index).getByRole("radio").first().focus();
      await page.keyboard.press("Space");
      await expect(groups.nth(index).getByRole("radio").first()).toBeChecked();
    }
    const button = page.getByRole("button", { name: step < steps ? "Next" : "See my result" });
    await button.focus();
    await page.keyboard.press("Enter");
    if (step < steps) await expect(page.getByRole("heading", { level: 2 }).first()).toBeFocused();
  }
  await expectHeading(page, "Your check-in result");
});

test("a reload in the middle resumes the draft with every answer kept", async ({ page }) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.answerStep("last");
  await checkIn.next();
  await checkIn.answerStep("first");
  const checked = await page
    .locator("form.check-in input[type=radio]:checked")
    .evaluateAll((els) =>
      els.map((el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`),
    );
  await page.reload();
  await page.getByRole("button", { name: "Carry on where you left off" }).click();
  await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
  const after = await page
    .locator("form.check-in input[type=radio]:checked")
    .evaluateAll((els) =>
      els.map((el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`),
    );
  expect(after).toEqual(checked);
  await page.getByRole("button", { name: "Back" }).click();
  expect(await page.locator("form.check-in input[type=radio]:checked").count()).toBeGreaterThan(0);

  // Home offers the same choice.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Carry on where you left off" })).toBeVisible();
  await page.getByRole("link", { name: "Start again" }).click();
  await page.getByRole("button", { name: "Yes, start again" }).click();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  expect(await page.locator("form.check-in input[type=radio]:checked").count()).toBe(0);
});

test("a red-flag answer shows the safety screen before anything else, then the check-in carries on", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  const redFlag = await checkIn.goToSafetyQuestion();
  // The safety screen replaces the question at once, so this is a click, not a check().
  await redFlag.getByRole("radio").nth(1).click();
  const safety = page.locator("h2#safety-heading");
  await expect(safety).toBeVisible();
  await expect(safety).toBeFocused();
  await expect(page.locator("form.check-in")).toHaveCount(0);
  await expect(page.getByText(/call 999/i).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /116 123/ }).first()).toHaveAttribute(
    "href",
    "tel:116123",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Go back to my check-in" }).click();
  await expect(redFlag.getByRole("radio").nth(1)).toBeChecked();
  await expect(page.locator(".step-title")).toBeVisible();
});

test("skipping every question says there are not enough answers, kindly", async ({ page }) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("skip");
  await expect(page.getByText("Not enough answers to show a stage")).toBeVisible();
  await expect(page.locator(".tip-card").first()).toBeVisible();
});

for (const theme of ["light", "dark"] as const) {
  test(`every check-in step and the result have no axe violations (${theme})`, async ({ page }) => {
    // Nine steps, each checked by axe: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    await useTheme(page, theme);
    await page.goto("/check-in");
    await expectHeading(page, "Check-in");
    await expectNoAxeViolations(page);
    const checkIn = new CheckInPage(page);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    const steps = await checkIn.stepCount();
    for (let step = 1; step <= steps; step++) {
      await page.locator("form.check-in details").first().locator("summary").click();
      await expectNoAxeViolations(page);
      await checkIn.answerStep("last");
      if (step < steps) await checkIn.next();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expectHeading(page, "Your check-in result");
    await expectNoAxeViolations(page);
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
}
