import { expect, type Page } from "@playwright/test";
import { expectHeading } from "./app";

/** Starts a peer check-in with consent, on a fixed day, and opens its record. */
export async function startWithConsent(page: Page, label = "JB"): Promise<void> {
  await page.goto("/peer/new");
  await page.getByLabel("Your colleague").fill(label);
  await page.getByLabel("Date of the conversation").fill("2026-11-20");
  await page.getByRole("checkbox", { name: /My colleague knows what will be kept/ }).check();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expectHeading(page, `Check-in with ${label}`);
}

const STEPS = ["Their view", "Signs", "What you agreed", "Follow-up", "Finish"] as const;
export type PeerStep = (typeof STEPS)[number];

/** Moves through the record's steps, one tap at a time, to the one named. */
export async function goToStep(page: Page, step: PeerStep): Promise<void> {
  const progress = page.locator(".step-progress");
  const shown = (await progress.textContent()) ?? "";
  let at = STEPS.findIndex((name) => shown.endsWith(`: ${name}`));
  const target = STEPS.indexOf(step);
  while (at !== target) {
    const next = at < target ? at + 1 : at - 1;
    const direction = at < target ? "Next" : "Back";
    await page.getByRole("button", { name: `${direction}: ${STEPS[next]}` }).click();
    await expect(progress).toHaveText(`Step ${next + 1} of ${STEPS.length}: ${STEPS[next]}`);
    at = next;
  }
}
