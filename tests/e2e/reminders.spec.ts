import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";

test("a fortnightly reminder makes a calendar file that repeats every two weeks", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2026-11-23T09:00:00Z"));
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Reminders" });
  await section.getByRole("radio", { name: "Every two weeks" }).check();
  await section.getByLabel("Time").fill("18:15");
  await section.getByLabel("What the reminder says").fill("Tea and a think");
  const downloading = page.waitForEvent("download");
  await section.getByRole("button", { name: "Set a reminder" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("check-in-reminder.ics");
  const text = await readFile((await download.path())!, "utf8");
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!,
  );
  expect(event.summary).toBe("Tea and a think");
  expect(event.startDate.toString()).toBe("2026-11-23T18:15:00");
  const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur;
  expect([rule.freq, rule.interval]).toEqual(["WEEKLY", 2]);

  // The saved reminder is there after a reload.
  await page.reload();
  await expect(section.getByRole("radio", { name: "Every two weeks" })).toBeChecked();
  await expect(section.getByLabel("What the reminder says")).toHaveValue("Tea and a think");
});

test("Home says gently when the reminder time has passed, and not before", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-23T09:00:00Z"));
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Reminders" });
  await section.getByLabel("Time").fill("18:00");
  await section.getByRole("button", { name: "Set a reminder" }).click();
  await expect(page.getByText(/Reminder saved/)).toBeVisible();
  await page.goto("/");
  await expectHeading(page, "How are you today?");
  await expect(page.getByText(/You asked to be reminded/)).toHaveCount(0);

  await page.clock.setFixedTime(new Date("2026-11-23T18:30:00Z"));
  await page.reload();
  await expect(page.getByText(/You asked to be reminded/)).toBeVisible();
});

test("a reminder with no title is refused with a message linked to the field", async ({ page }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Reminders" });
  await section.getByLabel("What the reminder says").fill("   ");
  await section.getByRole("button", { name: "Set a reminder" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Give the reminder a title." }).click();
  await expect(section.getByLabel("What the reminder says")).toBeFocused();
});

for (const theme of ["light", "dark"] as const) {
  test(`settings has no axe violations with a reminder set (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Set a reminder" }).click();
    await expect(page.getByRole("button", { name: "Turn off reminder" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
