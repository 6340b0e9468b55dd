import type { Page } from "@playwright/test";
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
