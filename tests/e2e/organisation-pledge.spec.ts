import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { rawRows, restoreInFreshBrowser } from "./support/data";
import { setPasscode } from "./support/lock";
import { expectSealed, lockUnlockAndReturn, openOrgPart } from "./support/organisation";

const PASSCODE = "kites over the hill";
const TOO_LONG = "Your pledge statement is 151 words. Make it 150 words or fewer";
/** A statement of exactly `count` words, the first ones saying what it is. */
function statementOf(count: number): string {
  const opening = "We will listen to our staff and to the people we serve.".split(" ");
  return [...opening, ...Array.from({ length: count - opening.length }, (_, n) => `care${n}`)].join(
    " ",
  );
}

async function openPledge(page: Page): Promise<void> {
  await page.goto("/organisation/pledge");
  await expectHeading(page, "Pledge");
}

async function fillAuthorised(page: Page): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill("Sam Lee");
  await page.getByLabel("Role", { exact: true }).fill("Director of care");
  await page.getByLabel("Date authorised").fill("2026-12-03");
}

/** Writes and saves a 150-word pledge with two areas, and waits until the device keeps it. */
async function savePledge(page: Page): Promise<void> {
  await page.getByLabel("Your pledge statement").fill(statementOf(150));
  await page.getByLabel(/Value lived experience/).check();
  await page.getByLabel(/Staff wellbeing/).check();
  await fillAuthorised(page);
  await page.getByRole("button", { name: "Save pledge" }).click();
  await expect(page.getByRole("heading", { name: "Your pledge" })).toBeVisible();
  await expect.poll(async () => (await rawRows(page, "pledges")).length).toBe(1);
}

function currentPledge(page: Page) {
  return page.getByRole("region", { name: "Your pledge" });
}

for (const [size, options] of [
  ["phone", {}],
  ["desktop", DESKTOP],
] as const) {
  test.describe(`on a ${size}`, () => {
    test.use(options);

    test("151 words are refused with a clear message, 150 are saved, printed on one A4 page and kept after a reload", async ({
      page,
    }) => {
      await openPledge(page);
      const statement = page.getByLabel("Your pledge statement");
      await statement.fill(statementOf(151));
      await expect(page.getByText("151 words: 1 too many (most 150)")).toBeVisible();
      await fillAuthorised(page);
      await page.getByRole("button", { name: "Save pledge" }).click();

      // GOV.UK style: a summary that links to the field, and the message at the field.
      const summary = page.getByRole("alert");
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link", { name: TOO_LONG })).toBeVisible();
      await expect(page.locator(".field-error")).toHaveText(TOO_LONG);
      await expect(statement).toHaveAttribute("aria-invalid", "true");
      expect(await rawRows(page, "pledges")).toEqual([]);
      await summary.getByRole("link", { name: TOO_LONG }).click();
      await expect(statement).toBeFocused();

      await statement.fill(statementOf(150));
      await expect(page.getByText("150 of 150 words")).toBeVisible();
      await page.getByLabel(/Value lived experience/).check();
      await page.getByRole("button", { name: "Save pledge" }).click();
      await expect(currentPledge(page)).toContainText("We will listen to our staff");
      await expect(currentPledge(page)).toContainText("Value lived experience");
      await expect(currentPledge(page)).toContainText(
        "Authorised by Sam Lee, Director of care, on 3 Dec 2026.",
      );
      const rows = (await rawRows(page, "pledges")) as { statement: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.statement.split(" ")).toHaveLength(150);

      await page.reload();
      await expect(currentPledge(page)).toContainText("Value lived experience");

      // A second save keeps the first as an earlier version.
      await page.getByLabel(/Brave leadership/).check();
      await page.getByRole("button", { name: "Save pledge" }).click();
      await expect(currentPledge(page)).toContainText("Brave leadership");
      await expect(
        page.getByRole("region", { name: "Earlier versions" }).getByRole("group"),
      ).toHaveCount(1);
      await expect.poll(async () => (await rawRows(page, "pledges")).length).toBe(2);

      await currentPledge(page).getByRole("link", { name: "Print the pledge" }).click();
      await expectHeading(page, "Print the pledge");
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".app-header")).toBeHidden();
      await expect(page.locator(".app-footer")).toBeHidden();
      await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
      await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
      await expect(page.getByRole("heading", { name: "Our pledge" })).toBeVisible();
      await expect(page.locator(".pledge-page")).toContainText("Brave leadership");
      const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await page.emulateMedia({ media: "screen" });
    });
  });
}

test("the pledge goes into a backup and comes back in a fresh browser", async ({
  page,
  browser,
}) => {
  await openPledge(page);
  await savePledge(page);
  const fresh = await restoreInFreshBrowser(page, browser, { listed: "1 pledge", version: 3 });
  await openPledge(fresh);
  await expect(currentPledge(fresh)).toContainText("Staff wellbeing");
  await expect(currentPledge(fresh)).toContainText("Authorised by Sam Lee");
  await fresh.context().close();
});

test("under the lock the pledge is sealed on the device, and all there after unlocking", async ({
  page,
}) => {
  await setPasscode(page, PASSCODE);
  // In-app moves only: loading a page afresh locks the app.
  await openOrgPart(page, "Pledge");
  await savePledge(page);
  await expectSealed(page, "pledges", /listen|Sam Lee|Director/);

  await lockUnlockAndReturn(page, PASSCODE, "Pledge");
  await expect(currentPledge(page)).toContainText("Authorised by Sam Lee, Director of care");
});

for (const theme of ["light", "dark"] as Theme[]) {
  test(`the pledge screens have no axe violations (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await openPledge(page);
    await page.getByLabel("Your pledge statement").fill(statementOf(151));
    await page.getByRole("button", { name: "Save pledge" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoAxeViolations(page);
    await savePledge(page);
    await expectNoAxeViolations(page);
    await currentPledge(page).getByRole("link", { name: "Print the pledge" }).click();
    await expectHeading(page, "Print the pledge");
    await expectNoAxeViolations(page);
  });
}
