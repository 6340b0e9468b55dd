import { expect, test, type Page } from "@playwright/test";
import {
  DESKTOP,
  expectHeading,
  expectNoAxeViolations,
  openFromMenu,
  useTheme,
} from "./support/app";

/** axe reads colours as drawn: let the player's gentle fade-in finish before it looks. */
async function expectCalmPageHasNoViolations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running"),
  );
  await expectNoAxeViolations(page);
}

/** The Resources screen, so a change to its layout is fixed in one place. */
class ResourcesScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/resources");
    await expectHeading(this.page, "Resources");
  }

  /** Every service listed, also those in a kind not yet opened. */
  get services() {
    return this.page.getByRole("region", { name: "Support services" }).locator("li.resource-card");
  }
  get search() {
    return this.page.getByRole("searchbox", { name: "Search" });
  }
  get count() {
    return this.page.getByRole("status").filter({ hasText: /services|match/ });
  }

  need(label: string) {
    return this.page.getByRole("group", { name: "What would help?" }).getByLabel(label);
  }

  async startExercise(title: string): Promise<void> {
    await this.page.getByRole("link", { name: `Start ${title}` }).click();
    await expectHeading(this.page, title);
  }

  /** Opens an exercise and presses its Start button. */
  async beginExercise(title: string): Promise<void> {
    await this.startExercise(title);
    await this.page.getByRole("button", { name: "Start", exact: true }).click();
  }
}

test("search narrows the list, and a kind message shows when nothing matches", async ({ page }) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const total = await screen.services.count();
  expect(total).toBeGreaterThan(3);
  await expect(screen.count).toHaveText(`Showing all ${total} services`);
  // The default pack has no organisation contacts: its own order is kept.
  await expect(screen.services.first().getByRole("heading")).toHaveText("Emergency services: 999");

  await screen.search.fill("  samaritans ");
  await expect(screen.services).toHaveCount(1);
  await expect(screen.services.first().getByRole("heading")).toHaveText("Samaritans");
  await expect(screen.count).toHaveText(`Showing 1 of ${total} services`);
  await expect(screen.services.first().getByRole("link", { name: "Call 116 123" })).toHaveAttribute(
    "href",
    "tel:116123",
  );

  await screen.search.fill("breathing space");
  await expect(screen.services).toHaveCount(1);
  await expect(screen.services.first()).toContainText("Scotland");

  await screen.search.fill("nothing like this at all");
  await expect(screen.services).toHaveCount(0);
  await expect(screen.count).toHaveText("No services match");
  await expect(page.getByText(/Try fewer words/)).toBeVisible();
  await page.getByRole("link", { name: "see Help now" }).click();
  await expectHeading(page, "Help now");
});

test("a need narrows the list, and clearing brings everything back", async ({ page }) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const total = await screen.services.count();
  await screen.need("Work").check();
  await expect(screen.need("Work")).toBeChecked();
  const forWork = await screen.services.count();
  expect(forWork).toBeGreaterThan(0);
  expect(forWork).toBeLessThan(total);
  await expect(screen.count).toHaveText(`Showing ${forWork} of ${total} services`);
  await expect(screen.services.filter({ hasText: "Education Support" })).toHaveCount(1);
  await expect(screen.services.filter({ hasText: "Emergency services: 999" })).toHaveCount(0);

  await page.getByRole("button", { name: "Clear search and choices" }).click();
  await expect(screen.services).toHaveCount(total);
  await expect(screen.search).toBeFocused();
});

test("on a phone the list is grouped by kind: 999 and crisis lines in view, other kinds one tap each", async ({
  page,
}) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const region = page.getByRole("region", { name: "Support services" });
  await expect(region.getByRole("heading", { name: "Emergency: danger now" })).toBeVisible();
  await expect(
    region
      .getByRole("list", { name: "Emergency: danger now" })
      .getByRole("link", { name: "Call 999" }),
  ).toBeVisible();
  await expect(screen.services.filter({ hasText: "Samaritans" }).first()).toBeVisible();
  const money = screen.services.filter({ hasText: "MoneyHelper" });
  await expect(money).toBeHidden();
  await region.locator("summary", { hasText: "Money worries" }).click();
  await expect(money).toBeVisible();
  // Each way to get in touch is still a full-size target.
  for (const link of await money.getByRole("link").all()) {
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  // The rest of a service is one tap away.
  await money.locator("summary", { hasText: "Hours" }).click();
  await expect(money.locator(".resource-more p")).toContainText("Website open at any time");
  await expect(money.locator(".resource-more p")).toBeVisible();
});

test("every need, place and kind of work on offer shows at least one service", async ({ page }) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const needs = page.getByRole("group", { name: "What would help?" }).getByRole("checkbox");
  const count = await needs.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let index = 0; index < count; index++) {
    await needs.nth(index).check();
    await expect(screen.services.first()).toBeVisible();
    await needs.nth(index).uncheck();
  }
  for (const select of ["Where you work", "Your kind of work"]) {
    const box = page.getByRole("combobox", { name: select });
    const values = await box
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    for (const value of values) {
      await box.selectOption(value);
      await expect(screen.services.first()).toBeVisible();
    }
    await box.selectOption("");
  }
});

test("a grounding exercise goes through every step to the end, one at a time", async ({ page }) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const title = "5-4-3-2-1: notice what is around you";
  await screen.startExercise(title);
  await expect(page).toHaveURL(/\/resources\?exercise=five-senses$/);
  await expect(page.getByText(/Skip any step that does not feel right/)).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).click();

  const steps = 6;
  for (let step = 1; step <= steps; step++) {
    const heading = page.getByRole("heading", {
      level: 2,
      name: new RegExp(`^Step ${step} of ${steps}`),
    });
    await expect(heading).toBeFocused();
    await expect(page.locator(".player-step-text")).toHaveCount(1);
    await page.getByRole("button", { name: step < steps ? "Next" : "Finish" }).click();
  }
  await expect(page.getByRole("heading", { name: "You have reached the end" })).toBeFocused();

  // Leaving puts you back at the exercise you chose, with the address as it was.
  await page.getByRole("link", { name: "Back to resources" }).click();
  await expect(page).toHaveURL(/\/resources$/);
  await expect(page.getByRole("link", { name: `Start ${title}` })).toBeFocused();
  // The browser's Back button returns to the player.
  await page.goBack();
  await expectHeading(page, title);
});

test("a timer step counts down only when started, and never moves on by itself", async ({
  page,
}) => {
  await page.clock.install();
  const screen = new ResourcesScreen(page);
  await screen.open();
  await screen.beginExercise("Tense and let go");
  await page.getByRole("button", { name: "Next" }).click();
  const timer = page.getByRole("timer");
  await expect(timer).toHaveText("Timer: 5 seconds");
  await page.clock.runFor(6_000);
  await expect(timer).toHaveText("Timer: 5 seconds");

  await page.getByRole("button", { name: "Start the timer" }).click();
  await page.clock.runFor(1_000);
  await expect(timer).toHaveText("4 seconds left");
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(10_000);
  await expect(timer).toHaveText("4 seconds left (paused)");
  await page.getByRole("button", { name: "Carry on" }).click();
  await page.clock.runFor(4_000);
  await expect(timer).toHaveText("0 seconds left");
  await expect(page.locator(".timer-done")).toHaveText(
    "Time is up. Go on whenever you feel ready.",
  );
  await page.clock.runFor(30_000);
  await expect(page.getByRole("heading", { level: 2, name: /^Step 2 of 8/ })).toBeVisible();
});

test("the player fades in gently, and is still when reduced motion is asked for", async ({
  page,
}) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  await screen.startExercise("Box breathing");
  await expect(page.locator(".player-view")).toHaveCSS("animation-name", "player-settle");

  // Asked for by the system...
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect(page.locator(".player-view")).toHaveCSS("animation-name", "none");

  // ...or in the app's own appearance settings.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.evaluate(() => {
    document.documentElement.dataset.motion = "reduce";
  });
  await expect(page.locator(".player-view")).toHaveCSS("animation-name", "none");
  await page.getByRole("link", { name: "All resources" }).click();
  await screen.beginExercise("Tense and let go");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".timer-bar span")).toHaveCSS("transition-duration", "0s");
});

test("box breathing flows: one tap starts it, steps move on with the time, three rounds, one tap stops it", async ({
  page,
}) => {
  await page.clock.install();
  const screen = new ResourcesScreen(page);
  await screen.open();
  await screen.startExercise("Box breathing");
  let taps = 0;
  const tap = async (name: string) => {
    taps++;
    await page.getByRole("button", { name, exact: true }).click();
  };
  await tap("Start");
  await expect(
    page.getByRole("heading", { level: 2, name: "Breathe with the circle" }),
  ).toBeFocused();
  const words = page.locator(".rhythm-step");
  const round = page.getByText(/^Round \d+$/);
  const steps = [
    "Breathe in gently through your nose.",
    "Hold your breath gently, if that feels okay.",
    "Breathe out slowly.",
    "Rest before the next breath.",
  ];
  for (let n = 1; n <= 3; n++) {
    for (const step of steps) {
      await expect(round).toHaveText(`Round ${n}`);
      await expect(words).toHaveText(step);
      await page.clock.runFor(4_000);
    }
  }
  // Three rounds done, and it carries on by itself into a fourth.
  await expect(round).toHaveText("Round 4");
  await expect(words).toHaveText(steps[0]!);
  await tap("Stop");
  await expect(page.getByRole("heading", { name: "You have reached the end" })).toBeFocused();
  expect(taps).toBe(2);
});

test("the breathing circle moves with the breath, and not at all with reduced motion", async ({
  page,
}) => {
  await page.clock.install();
  const screen = new ResourcesScreen(page);
  await screen.open();
  await screen.beginExercise("Box breathing");
  const circle = page.locator(".breath-circle");
  await expect(circle).toHaveAttribute("data-breath", "in");
  await expect(circle).not.toHaveCSS("transform", "none");
  // No buzz unless asked for.
  await expect(
    page.getByRole("checkbox", { name: "Buzz gently at each change" }),
  ).not.toBeChecked();

  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const breath of ["in", "hold", "out", "hold"]) {
    await expect(circle).toHaveAttribute("data-breath", breath);
    await expect(circle).toHaveCSS("transform", "none");
    await page.clock.runFor(4_000);
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`resources and the player have no axe violations in ${theme} theme on a phone`, async ({
    page,
  }) => {
    await useTheme(page, theme);
    const screen = new ResourcesScreen(page);
    await screen.open();
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expectCalmPageHasNoViolations(page);
    // Every kind and every service's "More" opened, so axe reads all of them.
    for (const summary of await page.locator("details.resource-group > summary").all()) {
      await summary.click();
    }
    for (const summary of await page.locator(".resource-more > summary").all()) {
      await summary.click();
    }
    await expectCalmPageHasNoViolations(page);
    await screen.need("Someone to talk to").check();
    await expectCalmPageHasNoViolations(page);
    await screen.search.fill("no such service");
    await expectCalmPageHasNoViolations(page);

    await page.getByRole("button", { name: "Clear search and choices" }).click();
    await screen.startExercise("Box breathing");
    await expectCalmPageHasNoViolations(page);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page.locator(".breath-circle")).toBeVisible();
    await expectCalmPageHasNoViolations(page);
    await page.getByRole("button", { name: "Stop" }).click();
    await page.getByRole("link", { name: "Back to resources" }).click();
    await screen.beginExercise("Tense and let go");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Start the timer" }).click();
    await expectCalmPageHasNoViolations(page);
  });
}

test.describe("on a desktop", () => {
  test.use(DESKTOP);

  test("resources and the player have no axe violations", async ({ page }) => {
    const screen = new ResourcesScreen(page);
    await screen.open();
    await expectCalmPageHasNoViolations(page);
    await screen.beginExercise("Tense and let go");
    await expectCalmPageHasNoViolations(page);
  });
});

test("leaving an exercise for another screen goes straight there, without the list in between", async ({
  page,
}) => {
  const screen = new ResourcesScreen(page);
  await screen.open();
  const title = "5-4-3-2-1: notice what is around you";
  await screen.startExercise(title);
  await expectHeading(page, title);
  // Every title the tab shows from here on.
  await page.evaluate(() => {
    const titles: string[] = [];
    (window as unknown as { titles: string[] }).titles = titles;
    new MutationObserver(() => titles.push(document.title)).observe(
      document.querySelector("title")!,
      { childList: true, characterData: true, subtree: true },
    );
  });
  await openFromMenu(page, "History");
  await expectHeading(page, "History");
  const titles = await page.evaluate(() => (window as unknown as { titles: string[] }).titles);
  expect(titles.filter((t) => t.startsWith("Resources"))).toEqual([]);
});
