import { expect, type Locator, type Page } from "@playwright/test";

export type Choice = "first" | "last" | "skip" | "none";

/** Page object for the check-in: a UI change is fixed here, not in every spec. */
export class CheckInPage {
  constructor(private readonly page: Page) {}

  /** Opens a full check-in: the first page is shown once, then skipped. */
  async start(): Promise<void> {
    await this.page.goto("/check-in");
    await this.passIntro();
    await expect(this.page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  }

  /** Clicks Start on the check-in's first page when it shows (the first time only). */
  async passIntro(): Promise<void> {
    const start = this.page.getByRole("button", { name: "Start", exact: true });
    await expect(start.or(this.page.locator("form.check-in"))).toBeVisible();
    if (await start.isVisible()) await start.click();
    await expect(this.page.locator("form.check-in")).toBeVisible();
  }

  async stepCount(): Promise<number> {
    const text = await this.page.getByText(/^Step \d+ of \d+$/).textContent();
    return Number(text?.match(/of (\d+)/)?.[1]);
  }

  /** Answers every question on the current step. Red-flag questions get their first (safe) answer. */
  async answerStep(choice: Choice): Promise<void> {
    const groups = this.page.locator("form.check-in fieldset");
    const count = await groups.count();
    for (let index = 0; index < count; index++) {
      const group = groups.nth(index);
      const radios = group.getByRole("radio");
      const total = await radios.count();
      const isRedFlag = (await group.locator("xpath=..").locator(".content-note").count()) > 0;
      if (choice === "none") continue;
      let target = 0;
      if (choice === "skip") target = total - 1;
      else if (choice === "last" && !isRedFlag) target = total - 2; // the last real answer
      await radios.nth(target).check();
    }
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: "Next" }).click();
  }

  /** Moves on, answering nothing, to the first step with a safety question; returns it. */
  async goToSafetyQuestion(): Promise<Locator> {
    const steps = await this.stepCount();
    for (let step = 1; step <= steps; step++) {
      await expect(this.page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      if ((await this.page.locator(".content-note").count()) > 0) break;
      await this.next();
    }
    return this.page.locator(".question", { has: this.page.locator(".content-note") }).first();
  }

  /** Answers every step the same way and opens the result. */
  async completeAll(choice: Choice): Promise<void> {
    const steps = await this.stepCount();
    for (let step = 1; step <= steps; step++) {
      await expect(this.page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      await this.answerStep(choice);
      if (step < steps) await this.next();
    }
    await this.page.getByRole("button", { name: "See my result" }).click();
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Your check-in result" }),
    ).toBeVisible();
  }
}
