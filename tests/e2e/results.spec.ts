/**
 * What the result tells a person, tried on the built app at phone size: one hard
 * answer is never washed out, a safety answer never meets "feeling like yourself", and
 * the one-minute check-in is quick. The default pack's own questions drive the loops.
 */
import { expect, test, type Page } from "@playwright/test";
import { defaultPack } from "../../src/content/default-pack";
import { expectHeading, expectNoAxeViolations, useTheme } from "./support/app";
import { CheckInPage } from "./support/check-in";

const stageIndex = (id: string | undefined) => defaultPack.stages.findIndex((s) => s.id === id);
const lightest = defaultPack.stages[0]!;
const scored = defaultPack.items.filter((item) => !item.redFlag);

/** Radio index (within its question) of the lightest and hardest answers. */
function optionIndex(itemId: string, pick: "lightest" | "hardest"): number {
  const item = defaultPack.items.find((candidate) => candidate.id === itemId)!;
  const ranked = item.options.map((option, index) => ({ index, stage: stageIndex(option.stage) }));
  ranked.sort((a, b) => (pick === "lightest" ? a.stage - b.stage : b.stage - a.stage));
  return ranked[0]!.index;
}

/**
 * Answers every question on every step: the lightest answer everywhere (safety questions
 * their safe answer) except the choices given. Clicks in the page, so a full check-in
 * for each question stays quick.
 */
async function answerAll(page: Page, chosen: Record<string, number>): Promise<void> {
  const checkIn = new CheckInPage(page);
  for (;;) {
    const ids = await page
      .locator("form.check-in fieldset input[type=radio]")
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
    const picks = ids.map((id) => {
      const item = defaultPack.items.find((candidate) => candidate.id === id)!;
      const index = chosen[id] ?? (item.redFlag ? 0 : optionIndex(id, "lightest"));
      return { id: `q-${id}-${index}`, flags: !!item.options[index]?.flag };
    });
    // Safe answers are clicked in one go; an answer that opens the safety screen, by hand.
    await page.evaluate(
      (safe) => safe.forEach((id) => document.getElementById(id)?.click()),
      picks.filter((pick) => !pick.flags).map((pick) => pick.id),
    );
    for (const pick of picks.filter((candidate) => candidate.flags)) {
      await page.locator(`#${pick.id}`).click();
      await page.getByRole("button", { name: "Go back to my check-in" }).click();
    }
    for (const pick of picks) await expect(page.locator(`#${pick.id}`)).toBeChecked();
    if (await page.getByRole("button", { name: "Next" }).isVisible()) await checkIn.next();
    else break;
  }
  await page.getByRole("button", { name: "See my result" }).click();
  await expectHeading(page, "Your check-in result");
}

// Three groups of questions, so the two test workers share the loop.
const GROUPS = 3;
for (let group = 0; group < GROUPS; group += 1) {
  const items = scored.filter((_, index) => index % GROUPS === group);
  test(`one question's hardest answer, with the lightest everywhere else, never shows the lightest stage (${items[0]!.id} and ${items.length - 1} more)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const checkIn = new CheckInPage(page);
    for (const item of items) {
      await checkIn.start();
      await answerAll(page, { [item.id]: optionIndex(item.id, "hardest") });
      const badge = page.locator(".result-stage .stage-badge");
      await expect(badge).toBeVisible();
      await expect(badge, item.id).not.toHaveText(lightest.label);
      await expect(page.locator(".result-stage")).not.toContainText(lightest.short);
    }
  });
}

test("a safety answer's result never shows the lightest stage's words", async ({ page }) => {
  const checkIn = new CheckInPage(page);
  for (const item of defaultPack.items.filter((candidate) => candidate.redFlag)) {
    const flagged = item.options.findIndex((option) => option.flag);
    await checkIn.start();
    await answerAll(page, { [item.id]: flagged });
    await expect(page.locator(".safety").first()).toBeVisible();
    await expect(page.locator(".result-stage")).toContainText(defaultPack.safety.withFlag);
    await expect(page.locator(".result-stage")).toContainText(
      "Apart from your answer about safety, your answers point to:",
    );
    await expect(
      page.getByText(/^Apart from your answer about safety, your answers suggest Steady/),
    ).toBeVisible();
    await expect(page.getByText(/^Your answers suggest/)).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(lightest.short);
    await expect(page.locator(".result-stage .pattern")).toHaveCount(0);
  }
});

test("a quick check-in from Home takes 15 taps or fewer and keeps a hard answer", async ({
  page,
}) => {
  let taps = 0;
  const tap = async (locator: ReturnType<Page["locator"]>) => {
    taps += 1;
    await locator.click();
  };
  await page.goto("/");
  await tap(page.getByRole("link", { name: /Quick check-in/ }));
  await tap(page.getByRole("button", { name: "Start", exact: true }));
  await expect(page.getByRole("heading", { level: 2, name: "Quick check-in" })).toBeVisible();
  const questions = page.locator("form.check-in fieldset");
  const count = await questions.count();
  const quick = defaultPack.items.filter((item) => item.quick || item.redFlag);
  expect(count).toBe(quick.length);
  for (let i = 0; i < count; i += 1) {
    const id = quick[i]!.id;
    const index = id === "sleep-quality" ? optionIndex(id, "hardest") : 0;
    await tap(questions.nth(i).getByRole("radio").nth(index));
  }
  await tap(page.getByRole("button", { name: "See my result" }));
  await expectHeading(page, "Your check-in result");
  expect(taps).toBeLessThanOrEqual(15);
  await expect(page.locator(".result-stage .stage-badge")).not.toHaveText(lightest.label);
  await expect(page.getByText(/Stage \d of 4/)).toBeVisible();

  // The first page was seen once: the next quick check-in goes straight to the questions.
  await page.goto("/");
  await page.getByRole("link", { name: /Quick check-in/ }).click();
  await expect(page.locator("form.check-in")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toHaveCount(0);
});

test("a quick check-in half done survives a reload and stays quick", async ({ page }) => {
  await page.goto("/check-in?mode=quick");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.locator("form.check-in fieldset").first().getByRole("radio").nth(2).check();
  await page.reload();
  await page.getByRole("button", { name: "Carry on where you left off" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Quick check-in" })).toBeVisible();
  await expect(
    page.locator("form.check-in fieldset").first().getByRole("radio").nth(2),
  ).toBeChecked();
});

for (const theme of ["light", "dark"] as const) {
  test(`the quick check-in, Home's choice and a flagged result have no axe violations (${theme})`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    await page.goto("/");
    await expect(page.getByRole("link", { name: /Quick check-in/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /Quick check-in/ }).click();
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expectNoAxeViolations(page);
    await answerAll(page, {
      "safety-unsafe": 1,
      "hope-future": optionIndex("hope-future", "hardest"),
    });
    await page.getByText(/More people you can contact/).click();
    await page.getByText("Each part of life").click();
    await expectNoAxeViolations(page);
  });
}
