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
const PASSCODE = "kingfisher by the bridge";
const TEAM = "Shared within the team";
const REPORTS = "In our organisation's reports";

type StoryRow = {
  title: string;
  happened: string;
  detailsRemoved: boolean;
  consents: { use: string; given: boolean; by: string }[];
};

async function openStories(page: Page): Promise<void> {
  await page.goto("/organisation/stories");
  await expectHeading(page, "Stories of practice");
}

/** Writes a story and, when asked, ticks that identifying details are taken out. */
async function writeStory(
  page: Page,
  title: string,
  happened: string,
  { checked = true } = {},
): Promise<void> {
  await page.getByLabel("A short title").fill(title);
  await page.getByRole("button", { name: "Start this story" }).click();
  await expectHeading(page, title);
  await page.getByLabel("What happened").fill(happened);
  await page.getByLabel("What changed").fill("We now phone ahead when plans move.");
  await page
    .getByLabel("What we learnt")
    .fill("Small changes to how we tell people things matter.");
  if (checked) {
    await page.getByRole("checkbox", { name: /taken out details/ }).check();
  }
  await expectSaved(page);
}

async function giveConsent(page: Page, use: string, by: string): Promise<void> {
  await page.getByRole("radio", { name: use }).check();
  await page.getByLabel("Who agreed").fill(by);
  await page.getByRole("button", { name: "Record consent" }).click();
  const forUse = page
    .getByRole("list", { name: "Consent now" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: use, exact: true }) });
  await expect(forUse.getByText(`Yes: given by ${by}`)).toBeVisible();
}

async function storedStories(page: Page): Promise<StoryRow[]> {
  return (await rawRows(page, "practiceStories")) as StoryRow[];
}

async function backToStories(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Back to stories" }).click();
  await expectHeading(page, "Stories of practice");
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test("a lead captures stories with consent for each use, and exports only the chosen stories that have consent", async ({
  page,
}) => {
  await openStories(page);
  await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
  await giveConsent(page, TEAM, "the parent");
  await expect
    .poll(async () => (await storedStories(page)).map((row) => row.consents.map((c) => c.use)))
    .toEqual([[TEAM]]);
  await backToStories(page);

  await writeStory(page, "A calmer waiting room", "The waiting room was loud and bright.");
  await giveConsent(page, TEAM, "the staff group");
  await giveConsent(page, REPORTS, "the staff group");
  await backToStories(page);

  // Mentions Sam, a name: the reminder points at it, and it is never ticked as checked.
  await writeStory(page, "Night shift handover", "On Friday Sam stayed late to hand over.", {
    checked: false,
  });
  await expect(page.getByText("Words to look at again:")).toContainText("Sam");
  await giveConsent(page, TEAM, "Sam");
  await backToStories(page);

  await writeStory(page, "Not agreed yet", "A story nobody has agreed to share.");
  await backToStories(page);
  await expect.poll(async () => (await storedStories(page)).length).toBe(4);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your stories (4)" })).toBeVisible();

  const exporting = page.getByRole("region", { name: "Save chosen stories as a file" });
  await exporting.getByRole("radio", { name: TEAM }).check();
  const pick = (title: string) =>
    exporting.getByRole("checkbox", { name: new RegExp(`^${title}`) });
  await expect(pick("Not agreed yet")).toBeDisabled();
  await expect(pick("Night shift handover")).toBeDisabled();
  await expect(exporting.getByText(/identifying details not checked yet/)).toBeVisible();
  await pick("Phoning ahead").check();
  const file = await downloadFrom(
    page,
    exporting.getByRole("button", { name: /Save 1 chosen story/ }),
  );
  expect(file.name).toBe("stories-shared-within-the-team-2026-12-07.md");
  expect(file.text).toContain("## Phoning ahead");
  expect(file.text).toContain("For this use: Shared within the team.");
  expect(file.text).toContain("Consent for this use recorded on 7 December 2026.");
  expect(file.text).not.toMatch(/calmer waiting room|Night shift|Not agreed yet|Sam|the parent/);

  // For reports only the story with that consent can be chosen.
  await exporting.getByRole("radio", { name: REPORTS }).check();
  await expect(pick("Phoning ahead")).toBeDisabled();
  await pick("A calmer waiting room").check();
  const reports = await downloadFrom(
    page,
    exporting.getByRole("button", { name: /Save 1 chosen story/ }),
  );
  expect(reports.text).toContain("## A calmer waiting room");
  expect(reports.text).not.toContain("Phoning ahead");
});

test("consent taken back stops the story being chosen for that use", async ({ page }) => {
  await openStories(page);
  await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
  await giveConsent(page, TEAM, "the parent");
  await page.getByRole("button", { name: `Take back consent for: ${TEAM}` }).click();
  await expect(
    page.getByRole("list", { name: "Consent now" }).getByText("No consent for this use."),
  ).toHaveCount(3);
  await expect
    .poll(async () => (await storedStories(page))[0]?.consents.map((c) => c.given))
    .toEqual([true, false]);
  await backToStories(page);
  const exporting = page.getByRole("region", { name: "Save chosen stories as a file" });
  await expect(exporting.getByRole("checkbox", { name: /^Phoning ahead/ })).toBeDisabled();
});

test("changing a story after checking it for identifying details asks for the check again", async ({
  page,
}) => {
  await openStories(page);
  await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
  const checked = page.getByRole("checkbox", { name: /taken out details/ });
  await expect(checked).toBeChecked();
  await page.getByLabel("What changed").fill("Jo now phones ahead.");
  await expect(checked).not.toBeChecked();
  await expect(page.getByText("You changed the story, so please check it again.")).toBeVisible();
  await expect.poll(async () => (await storedStories(page))[0]?.detailsRemoved).toBe(false);
});

test("stories go into a backup and come back in a fresh browser", async ({ page, browser }) => {
  await openStories(page);
  await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
  await giveConsent(page, TEAM, "the parent");
  await expect.poll(async () => (await storedStories(page))[0]?.consents.length).toBe(1);

  const fresh = await restoreInFreshBrowser(page, browser, { now: TODAY });
  await expect.poll(async () => (await storedStories(fresh)).length).toBe(1);
  await openStories(fresh);
  await fresh.getByRole("link", { name: "Phoning ahead" }).click();
  await expect(fresh.getByLabel("What happened")).toHaveValue(
    "A parent was upset about a missed meeting.",
  );
  await expect(fresh.getByText("Yes: given by the parent")).toBeVisible();
  await fresh.context().close();
});

test("under the lock stories are sealed on the device, and all there after unlocking", async ({
  page,
}) => {
  await page.goto("/");
  await setPasscode(page, PASSCODE);
  await openOrgPart(page, "Stories of practice");
  await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
  await giveConsent(page, TEAM, "the parent");
  await expectSealed(page, "practiceStories", /Phoning|parent|missed meeting/);

  await lockUnlockAndReturn(page, PASSCODE, "Stories of practice");
  await page.getByRole("link", { name: "Phoning ahead" }).click();
  await expect(page.getByLabel("What happened")).toHaveValue(
    "A parent was upset about a missed meeting.",
  );
  await expect(page.getByText("Yes: given by the parent")).toBeVisible();
});

for (const theme of ["light", "dark"] as const) {
  test(`stories and learning have no axe violations in ${theme} theme on a phone`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await openStories(page);
    await expectNoAxeViolations(page);
    await writeStory(page, "Night shift handover", "On Friday Sam stayed late to hand over.", {
      checked: false,
    });
    await giveConsent(page, TEAM, "the team");
    await expectNoAxeViolations(page);
    await backToStories(page);
    await expectNoAxeViolations(page);
    await page.goto("/organisation/learning");
    await expectHeading(page, "Learning and community");
    await expect(page.getByRole("heading", { name: "Communities of practice" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Community of practice page" })).toHaveAttribute(
      "href",
      /^https:\/\//,
    );
    await expectNoAxeViolations(page);
  });
}

test.describe("on a desktop", () => {
  test.use(DESKTOP);

  test("a story with consent is exported alone, with no axe violations", async ({ page }) => {
    await openStories(page);
    await writeStory(page, "Phoning ahead", "A parent was upset about a missed meeting.");
    await giveConsent(page, TEAM, "the parent");
    await expectNoAxeViolations(page);
    await backToStories(page);
    await writeStory(page, "Not agreed yet", "A story nobody has agreed to share.");
    await backToStories(page);
    const exporting = page.getByRole("region", { name: "Save chosen stories as a file" });
    await exporting.getByRole("checkbox", { name: /^Phoning ahead/ }).check();
    const file = await downloadFrom(
      page,
      exporting.getByRole("button", { name: /Save 1 chosen story/ }),
    );
    expect(file.text).toContain("## Phoning ahead");
    expect(file.text).not.toContain("Not agreed yet");
    await expectNoAxeViolations(page);
  });
});
