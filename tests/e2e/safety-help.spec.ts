/**
 * Help after a safety answer, on the built app at phone size: each safety question
 * brings its own fitting help first, 999 is worded for the case, and Help now, the
 * safety screen and the result list the same contacts for the same part of the UK.
 */
import { expect, test, type Page } from "@playwright/test";
import { defaultPack } from "../../src/content/default-pack";
import { contactsForSituation, HELP_NOW_SITUATIONS } from "../../src/domain/help";
import { crisisHelpForFlags } from "../../src/domain/help/crisis-help";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";

/** Each safety question's flagged answers, one per situation they point to. */
const flaggedAnswers = defaultPack.items
  .filter((item) => item.redFlag)
  .flatMap((item) => {
    const seen = new Set<string>();
    return item.options.flatMap((option, index) => {
      const kind = option.kind ?? item.redFlag!;
      if (!option.flag || seen.has(kind)) return [];
      seen.add(kind);
      return [{ item, index, kind }];
    });
  });

/** The radio of a flagged answer that points to this situation. */
function answerFor(kind: string): string {
  const found = flaggedAnswers.find((answer) => answer.kind === kind)!;
  return `#q-${found.item.id}-${found.index}`;
}

/** The crisis contacts a block lists, in order (including those one tap away). */
async function contactIds(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(`${scope} [data-contact]`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-contact") ?? ""));
}

async function startQuick(page: Page): Promise<void> {
  await page.goto("/check-in?mode=quick");
  await new CheckInPage(page).passIntro();
}

async function chooseRegion(page: Page, label: string): Promise<void> {
  await page.goto("/settings");
  await page
    .getByRole("group", { name: "Which part of the UK do you work in?" })
    .getByLabel(label)
    // Saved, then shown from storage: a click, then wait for it to read back as chosen.
    .click();
  await expect(page.getByLabel(label)).toBeChecked();
}

test("each safety question's flag shows its own fitting help first, and 999 worded for it", async ({
  page,
}) => {
  await startQuick(page);
  expect(flaggedAnswers.length).toBeGreaterThanOrEqual(4);
  for (const { item, index, kind } of flaggedAnswers) {
    const help = crisisHelpForFlags([{ kind }], null);
    await page.locator(`#q-${item.id}-${index}`).click();
    await expect(page.locator("h2#safety-heading")).toBeFocused();
    await expect(page.locator(".danger-now")).toContainText(help.dangerNow[0]!);
    await expect(page.locator(".danger-now")).toContainText("999");
    const ids = await contactIds(page, ".safety");
    expect(ids[0], kind).toBe(help.emergency.id);
    expect(ids[1], kind).toBe(help.fitting[0]!.id);
    await page.getByRole("button", { name: "Go back to my check-in" }).click();
    // Back to a safe answer, so the next answer's help is seen on its own.
    await page.locator(`#q-${item.id}-0`).click();
  }
});

test("Help now, the safety screen and the result list the same contacts for the same region", async ({
  page,
}) => {
  await chooseRegion(page, "Wales");
  await startQuick(page);
  await page.locator(answerFor("home")).click();
  await expect(page.locator("h2#safety-heading")).toBeFocused();
  // The Welsh abuse line comes straight after 999; other nations' lines are one tap away.
  await expect
    .poll(async () => (await contactIds(page, ".safety")).slice(0, 2))
    .toEqual(["emergency-999", "live-fear-free"]);
  const onSafety = await contactIds(page, ".safety");
  await page.getByRole("button", { name: "Go back to my check-in" }).click();

  // Every other question gets its first (safe) answer; the home answer stays chosen.
  await page.evaluate(() => {
    for (const group of document.querySelectorAll("form.check-in fieldset")) {
      if (!group.querySelector("input:checked")) group.querySelector("input")?.click();
    }
  });
  await expect(page.locator(answerFor("home"))).toBeChecked();
  await page.getByRole("button", { name: "See my result" }).click();
  await expectHeading(page, "Your check-in result");
  // The same list, once the result has read where the person works.
  await expect.poll(() => contactIds(page, ".safety")).toEqual(onSafety);

  await page.goto("/help");
  await expectHeading(page, "Help now");
  await expect(page.getByText("Services for Wales come first.")).toBeVisible();
  const onHelpNow = await contactIds(page, "main");
  for (const id of onSafety) expect(onHelpNow, id).toContain(id);
  expect(onHelpNow[0]).toBe("emergency-999");
  await expect(page.getByText("Services for Wales come first.")).toBeVisible();
});

test("Help now finds help by situation: 999 and the listening lines in view, each situation one tap to its own help", async ({
  page,
}) => {
  await page.goto("/help");
  await expectHeading(page, "Help now");
  await expect(page.getByRole("link", { name: "Call 999" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 116 123" }).first()).toBeVisible();
  for (const situation of HELP_NOW_SITUATIONS) {
    const help = contactsForSituation(situation, null);
    const section = page.locator(`details[data-situation="${situation}"]`);
    await expect(section.locator("[data-contact]").first()).toBeHidden();
    await section.locator("summary").click();
    await expect(section.locator(".danger-now")).toContainText(help.dangerNow);
    await expect(section.locator(".danger-now")).toContainText("999");
    await expect(section.locator("[data-contact]").first()).toBeVisible();
    expect(await contactIds(page, `details[data-situation="${situation}"]`)).toEqual(
      [...help.here, ...help.elsewhere].map((contact) => contact.id),
    );
  }
  // Worried you might hurt someone: Respect, made for it, before the general lines.
  expect((await contactIds(page, 'details[data-situation="harm-others"]'))[0]).toBe(
    "respect-phoneline",
  );
});

for (const theme of ["light", "dark"] as const) {
  test(`Help now, the region setting and the safety screen have no axe violations in ${theme} theme`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto("/help");
    await expectHeading(page, "Help now");
    await expectNoAxeViolations(page);
    await chooseRegion(page, "Scotland");
    await expectNoAxeViolations(page);
    await page.goto("/help");
    await page.getByText(/In other parts of the UK/).click();
    for (const summary of await page.locator("details.situation > summary").all()) {
      await summary.click();
    }
    await expectNoAxeViolations(page);
    await startQuick(page);
    await page.locator(answerFor("work")).click();
    await expect(page.locator("h2#safety-heading")).toBeFocused();
    await expectNoAxeViolations(page);
  });
}
