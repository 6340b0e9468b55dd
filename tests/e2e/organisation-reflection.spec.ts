import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { rawRows, restoreInFreshBrowser } from "./support/data";
import { setPasscode } from "./support/lock";
import { expectSealed, lockUnlockAndReturn, openOrgPart } from "./support/organisation";

const PASSCODE = "herons on the bank";
type Level = "Not yet" | "Starting" | "Growing" | "Embedded";

async function openReflection(page: Page): Promise<void> {
  await page.goto("/organisation/reflection");
  await expectHeading(page, "Team reflection");
}

/** Rates one statement (found by a part of its words) and waits until it shows as chosen. */
async function rate(page: Page, statement: RegExp, level: Level): Promise<void> {
  const choice = page.getByRole("group", { name: statement }).getByLabel(level, { exact: true });
  await choice.check();
  await expect(choice).toBeChecked();
}

/** Waits until the device keeps a draft with this many rated statements. */
async function expectDraftRatings(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => {
      const rows = (await rawRows(page, "teamReflections")) as {
        status?: string;
        principles?: { ratings: unknown[] }[];
      }[];
      const draft = rows.find((row) => row.status === "draft");
      return draft?.principles?.reduce((sum, p) => sum + p.ratings.length, 0) ?? 0;
    })
    .toBe(count);
}

async function saveAndSeeSummary(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save this reflection" }).click();
  await expect(page.getByRole("heading", { name: "Strengths" })).toBeVisible();
}

/** Safety rated well, trust rated low, with a note on safety. */
async function firstReflection(page: Page): Promise<void> {
  await openReflection(page);
  await page.getByLabel("By one lead").check();
  await rate(page, /know what to do and who to go to/, "Growing");
  await rate(page, /rooms and spaces feel calm/, "Embedded");
  await rate(page, /say something is wrong without fear/, "Growing");
  await rate(page, /hear about changes early/, "Not yet");
  await rate(page, /Leaders do what they say/, "Starting");
  await page.getByLabel("Notes on safety").fill("The quiet room helps.");
  await expect(
    page.getByRole("region", { name: "Safety" }).getByText("Saved on this device."),
  ).toBeVisible();
  await expectDraftRatings(page, 5);
}

function listItem(page: Page, section: string, principle: string) {
  return page
    .getByRole("region", { name: section })
    .getByRole("listitem")
    .filter({ hasText: principle });
}

for (const [size, options] of [
  ["phone", {}],
  ["desktop", DESKTOP],
] as const) {
  test.describe(`on a ${size}`, () => {
    test.use(options);

    test("a lead runs a reflection, sees strengths and gaps and ideas, runs a second one and sees the change", async ({
      page,
    }) => {
      await page.clock.setFixedTime(new Date("2026-12-01T10:00:00Z"));
      await firstReflection(page);

      // The draft survives a reload, answers and note included.
      await page.reload();
      await expectHeading(page, "Team reflection");
      await expect(
        page.getByRole("heading", { name: "Carry on with this reflection" }),
      ).toBeVisible();
      await expect(
        page.getByRole("group", { name: /rooms and spaces feel calm/ }).getByLabel("Embedded"),
      ).toBeChecked();
      await expect(page.getByLabel("Notes on safety")).toHaveValue("The quiet room helps.");
      await expect(page.getByLabel("By one lead")).toBeChecked();

      await saveAndSeeSummary(page);
      await expect(listItem(page, "Strengths", "Safety")).toHaveText("Safety: Growing");
      await expect(listItem(page, "Gaps to work on", "Trust")).toHaveText(
        "Trust: Not yet (from 2 of 3 statements)",
      );
      await expect(
        page.getByText("This is the first reflection saved here for this team."),
      ).toBeVisible();
      await expect(
        page
          .getByRole("region", { name: "Ideas for actions" })
          .getByText("Set up a steering group"),
      ).toBeVisible();
      const saved = (await rawRows(page, "teamReflections")) as { status: string }[];
      expect(saved.map((row) => row.status)).toEqual(["saved"]);

      // Three months later: trust has grown, safety is the same.
      await page.clock.setFixedTime(new Date("2027-03-01T10:00:00Z"));
      await page.getByRole("link", { name: "Back to team reflection" }).click();
      await expect(page.getByRole("heading", { name: "Start a reflection" })).toBeVisible();
      await rate(page, /know what to do and who to go to/, "Growing");
      await rate(page, /hear about changes early/, "Growing");
      await rate(page, /Leaders do what they say/, "Growing");
      await expectDraftRatings(page, 3);
      await saveAndSeeSummary(page);
      const change = page.getByRole("region", { name: "Change since the last reflection" });
      await expect(
        change.getByText("Compared with 1 Dec 2026, on the statements rated both times."),
      ).toBeVisible();
      await expect(change.getByRole("listitem").filter({ hasText: "Trust" })).toHaveText(
        "Trust: Further on (Not yet then, Growing now)",
      );
      await expect(change.getByRole("listitem").filter({ hasText: "Safety" })).toHaveText(
        "Safety: About the same (Growing then, Growing now)",
      );
      await expect(change.getByRole("listitem").filter({ hasText: "Choice" })).toHaveText(
        "Choice: Not rated both times",
      );

      // Both are listed, and each reads the same after a reload.
      await page.reload();
      await expect(change.getByRole("listitem").filter({ hasText: "Trust" })).toContainText(
        "Further on",
      );
      await page.getByRole("link", { name: "Back to team reflection" }).click();
      const past = page.getByRole("region", { name: "Past reflections" }).getByRole("link");
      await expect(past).toHaveText(["1 Mar 2027", "1 Dec 2026"]);
    });
  });
}

test("the hub is last in the menu and leads to team reflection", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links.last()).toHaveText("For teams and organisations");
  await links.last().click();
  await expectHeading(page, "For teams and organisations");
  await expect(page.getByText("not about any one person")).toBeVisible();
  await page.getByRole("link", { name: "Team reflection" }).click();
  await expectHeading(page, "Team reflection");
});

test("reflections go into a backup and come back in a fresh browser", async ({ page, browser }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T10:00:00Z"));
  await firstReflection(page);
  await saveAndSeeSummary(page);
  const fresh = await restoreInFreshBrowser(page, browser, {
    listed: "1 team reflection",
    version: 3,
  });
  await openReflection(fresh);
  await fresh.getByRole("region", { name: "Past reflections" }).getByRole("link").click();
  await expect(listItem(fresh, "Strengths", "Safety")).toHaveText("Safety: Growing");
  await expect(listItem(fresh, "Gaps to work on", "Trust")).toHaveText(
    "Trust: Not yet (from 2 of 3 statements)",
  );
  await fresh.context().close();
});

test("under the lock reflections are sealed on the device, and all there after unlocking", async ({
  page,
}) => {
  await setPasscode(page, PASSCODE);
  // In-app moves only: loading a page afresh locks the app.
  await openOrgPart(page, "Team reflection");
  await rate(page, /hear about changes early/, "Starting");
  await page.getByLabel("Notes on trust").fill("Rota changes came late.");
  await expect(
    page.getByRole("region", { name: "Trust" }).getByText("Saved on this device."),
  ).toBeVisible();
  await saveAndSeeSummary(page);

  expect(await rawRows(page, "teamReflections")).toHaveLength(1);
  await expectSealed(page, "teamReflections", /Rota changes|trust-1|starting/);

  await lockUnlockAndReturn(page, PASSCODE, "Team reflection");
  await page.getByRole("region", { name: "Past reflections" }).getByRole("link").click();
  await expect(listItem(page, "Gaps to work on", "Trust")).toHaveText(
    "Trust: Starting (from 1 of 3 statements)",
  );
});

for (const theme of ["light", "dark"] as Theme[]) {
  test(`the hub, the reflection form and its summary have no axe violations (${theme})`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto("/organisation");
    await expectHeading(page, "For teams and organisations");
    await expectNoAxeViolations(page);
    await firstReflection(page);
    // From the top, as a person arrives: nothing sits under the sticky header.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page);
    await saveAndSeeSummary(page);
    await expectNoAxeViolations(page);
  });
}
