import { expect, test } from "@playwright/test";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { goToStep, startWithConsent } from "./support/peer";

const RISK_SIGN = "Talks about not coping, being a burden or not wanting to be here.";

test("ticking a risk sign opens the safety path at once, reachable by keyboard", async ({
  page,
}) => {
  await startWithConsent(page);
  await goToStep(page, "Signs");
  const panel = page.getByRole("region", { name: "Their safety comes first" });
  await expect(panel).toHaveCount(0);
  const sign = page.getByRole("checkbox", { name: RISK_SIGN });
  await sign.focus();
  await page.keyboard.press("Space");
  await expect(sign).toBeChecked();
  // Right under the sign, before the stage suggestion: the next Tab lands in it.
  await expect(panel).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("link", { name: "Call 999" })).toBeFocused();
  await expect(panel.getByRole("link", { name: "Call 111" })).toHaveAttribute("href", "tel:111");
  await expect(panel).toContainText("Are you having thoughts of ending your life?");
  await expect(panel).toContainText("Stay with them");
  await expect(panel).toContainText("Do not promise to keep it secret");
  await expect(panel).toContainText("What to write down");
  await expect(page.getByText(/most like/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The colleague's summary never shows it.
  await goToStep(page, "Finish");
  await page.getByRole("link", { name: "Prepare a summary for JB" }).click();
  await expectHeading(page, "Summary for JB");
  await expect(page.getByText("Their safety comes first")).toHaveCount(0);
  await expect(page.getByTestId("summary-preview")).not.toContainText(/suicide|ending your life/);
});

test("the safety steps open from any step, and from the guide with nothing saved", async ({
  page,
}) => {
  await startWithConsent(page, "SP");
  for (const step of ["Their view", "What you agreed", "Finish"] as const) {
    await goToStep(page, step);
    const open = page.getByRole("button", { name: "They may not be safe" });
    await open.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Hide the safety steps" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    const panel = page.getByRole("region", { name: "Their safety comes first" });
    await expect(panel).toContainText("call 999, or go to A&E together");
    await page.getByRole("button", { name: "Hide the safety steps" }).click();
    await expect(panel).toHaveCount(0);
  }
  await page.goto("/peer/guide");
  await expectHeading(page, "Conversation guide");
  await page.getByRole("button", { name: "They may not be safe" }).click();
  await expect(page.getByRole("region", { name: "Their safety comes first" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("before the talk: what stays private, and the choice of a peer instead", async ({ page }) => {
  await page.goto("/peer/new");
  await expectHeading(page, "Start a peer check-in");
  await expect(page.getByRole("region", { name: "Say this first" })).toContainText(
    "If I am worried that you or someone else could be harmed, I would need to get help",
  );
  // Never a promise of secrecy a manager could not keep.
  await expect(page.getByRole("region", { name: "Say this first" })).not.toContainText(
    /stays between us|keep it secret/,
  );
  await page.getByText("Suggest a peer instead").click();
  await expect(page.getByText(/Would you rather talk to a peer supporter/)).toBeVisible();
});

test("after the talk: a step for the manager, and deleting asks first", async ({ page }) => {
  await startWithConsent(page, "DL");
  await goToStep(page, "Finish");
  await expect(page.getByRole("heading", { name: "And you?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Help now" }).last()).toHaveAttribute(
    "href",
    "/help",
  );
  await page.getByRole("button", { name: "Delete this check-in…" }).click();
  await page.getByRole("button", { name: "No, keep it" }).click();
  await expectHeading(page, "Check-in with DL");
  await page.getByRole("button", { name: "Delete this check-in…" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("Peer check-in with DL deleted.")).toBeVisible();
});

test("an after-incident check-in sets catch-ups at 72 hours and a month, shown on Home when due", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2026-11-20T10:00:00Z"));
  await page.goto("/peer/new");
  await page.getByLabel("Your colleague").fill("TK");
  await page.getByRole("radio", { name: /After an incident/ }).check();
  await page.getByRole("radio", { name: "An assault or threat" }).check();
  await page.getByLabel("The day it happened").fill("2026-11-19");
  await page.getByRole("checkbox", { name: /My colleague knows what will be kept/ }).check();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expectHeading(page, "Check-in with TK");
  await expect(page.getByRole("region", { name: "After an incident" })).toContainText(
    "An assault or threat",
  );
  await page.getByText("When to suggest more help").click();
  await expect(
    page.getByText("If things are no better, or worse, at about one month."),
  ).toBeVisible();

  // Not on Home before it is due.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Catch up with TK" })).toHaveCount(0);

  // About 72 hours on.
  await page.clock.setFixedTime(new Date("2026-11-22T09:00:00Z"));
  await page.reload();
  const home = page.getByRole("region", { name: "Catch-ups with colleagues" });
  await expect(home).toContainText("About 72 hours after the incident. Due today.");
  await home.getByRole("link", { name: "Catch up with TK" }).click();
  await goToStep(page, "Follow-up");
  await page.getByText("Record a catch-up conversation").click();
  // The one-month catch-up is already suggested as the next one.
  await expect(page.getByLabel("Next catch-up (optional)")).toHaveValue("2026-12-19");
  await page.getByRole("button", { name: "Save this catch-up", exact: true }).click();
  await expect(page.getByText("Next catch-up: Saturday 19 December 2026")).toBeVisible();
  // Now there has been a catch-up, the loop can be closed.
  await expect(page.getByRole("button", { name: /Close the loop/ })).toBeVisible();

  // A month on, and a few days late: said plainly, never scolded.
  await page.clock.setFixedTime(new Date("2026-12-21T09:00:00Z"));
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Catch-ups with colleagues" })).toContainText(
    "About a month after the incident. Planned for Saturday 19 December 2026.",
  );
});

for (const theme of ["light", "dark"] as const) {
  test(`the start, the safety path and the incident guide have no axe violations (${theme})`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto("/peer/new");
    await page.getByRole("radio", { name: /After an incident/ }).check();
    await page.getByText("Suggest a peer instead").click();
    await expectNoAxeViolations(page);
    await page.getByLabel("Your colleague").fill("NB");
    await page.getByRole("radio", { name: "A death at work" }).check();
    await page.getByRole("checkbox", { name: /My colleague knows what will be kept/ }).check();
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expectHeading(page, "Check-in with NB");
    await page.getByText("The first talk").click();
    await expectNoAxeViolations(page);
    await goToStep(page, "Signs");
    await page.getByRole("checkbox", { name: RISK_SIGN }).check();
    await expectNoAxeViolations(page);
    await goToStep(page, "Finish");
    await page.getByRole("button", { name: "Delete this check-in…" }).click();
    await expectNoAxeViolations(page);
  });
}
