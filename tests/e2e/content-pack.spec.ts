import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, expectHeading, expectNoAxeViolations, useTheme, type Theme } from "./support/app";
import { CheckInPage } from "./support/check-in";
import { BROKEN_PACKS } from "../../src/testing/broken-packs";

const EXAMPLE = join(process.cwd(), "docs/examples/example-org-pack.json");

interface ExamplePack {
  id: string;
  version: string;
  name: string;
  publisher: string;
  stages: { label: string }[];
  resources: { name: string; organisation?: boolean }[];
}

async function example(): Promise<ExamplePack> {
  return JSON.parse(await readFile(EXAMPLE, "utf8")) as ExamplePack;
}

/** Settings > Content pack, so a change to its layout is fixed in one place. */
class ContentPackScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/settings/content-pack");
    await expectHeading(this.page, "Content pack");
  }

  get inUse() {
    return this.page.getByRole("region", { name: "In use now" });
  }

  get preview() {
    return this.page.getByRole("region", { name: "Check this pack before you use it" });
  }

  async choose(path: string): Promise<void> {
    await this.page.getByLabel("Content pack file").setInputFiles(path);
  }

  /** One of the broken test packs, handed over as a file of that name. */
  async chooseBroken(name: keyof typeof BROKEN_PACKS): Promise<void> {
    const { text } = BROKEN_PACKS[name]!;
    const mimeType = name.endsWith(".txt") ? "text/plain" : "application/json";
    await this.page
      .getByLabel("Content pack file")
      .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  }

  async load(path: string): Promise<void> {
    await this.choose(path);
    await this.preview.getByRole("button", { name: "Use this pack" }).click();
    await expect(this.page.getByText(/^You are now using/)).toBeVisible();
  }
}

test("an organisation's pack loads through a preview, then new check-ins and Resources use it", async ({
  page,
}) => {
  const pack = await example();
  const checkIn = new CheckInPage(page);

  // A check-in with the app's own pack, before the organisation's is loaded.
  await checkIn.start();
  await checkIn.completeAll("first");
  const before = page.url();
  const beforeStage = await page
    .getByRole("region", { name: "Where you are today" })
    .locator(".stage-badge")
    .textContent();

  const screen = new ContentPackScreen(page);
  await screen.open();
  await expect(screen.inUse).toContainText("version");
  await screen.choose(EXAMPLE);
  await expect(screen.preview).toBeVisible();
  await expect(screen.preview).toContainText(pack.publisher);
  for (const stage of pack.stages) {
    await expect(screen.preview.getByText(stage.label, { exact: true })).toBeVisible();
  }
  const own = pack.resources.find((resource) => resource.organisation)!;
  await expect(screen.preview).toContainText(own.name);
  await screen.preview.getByRole("button", { name: "Use this pack" }).click();
  await expect(page.getByText(`You are now using “${pack.name}”`, { exact: false })).toBeVisible();
  await expect(screen.inUse).toContainText(pack.name);

  // It stays chosen after a reload.
  await page.reload();
  await expect(screen.inUse).toContainText(pack.name);

  // A new check-in is scored and shown with the organisation's stage names.
  await checkIn.start();
  await checkIn.completeAll("first");
  const stage = page.getByRole("region", { name: "Where you are today" }).locator(".stage-badge");
  await expect(stage).toHaveText(pack.stages[0]!.label);

  // The earlier check-in keeps the words it was saved with.
  await page.goto(before);
  await expect(
    page.getByRole("region", { name: "Where you are today" }).locator(".stage-badge"),
  ).toHaveText(beforeStage!);

  // Its own helpline comes first in Resources.
  await page.goto("/resources");
  await expectHeading(page, "Resources");
  const services = page.getByRole("region", { name: "Support services" }).getByRole("listitem");
  await expect(services.first().getByRole("heading")).toHaveText(own.name);
  await expect(services.first().getByRole("link", { name: "Call 01632 960 123" })).toHaveAttribute(
    "href",
    "tel:01632960123",
  );

  // Help now keeps the national lines, and adds the organisation's own support.
  await page.getByRole("banner").getByRole("link", { name: "Help now" }).click();
  const orgSection = page.getByRole("region", { name: `Support from ${pack.publisher}` });
  await expect(orgSection.getByRole("heading", { name: own.name })).toBeVisible();
  await expect(page.getByRole("link", { name: /Samaritans|116 123/ }).first()).toBeVisible();
});

test("a broken pack is refused kindly, listing each problem, and the pack in use stays", async ({
  page,
}) => {
  const screen = new ContentPackScreen(page);
  await screen.open();
  const inUse = await screen.inUse.textContent();
  await screen.chooseBroken("three-stages.json");
  const problems = page.getByRole("alert", { name: "This pack can’t be used yet" });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("Nothing has been changed");
  await expect(problems).toContainText("stages");
  await expect(screen.preview).toBeHidden();
  await screen.chooseBroken("not-json.txt");
  await expect(problems).toContainText("not valid JSON");
  await page.reload();
  await expect(screen.inUse).toHaveText(inUse!);
});

test("switching back to the app's own pack, and a pack a check-in used cannot be removed", async ({
  page,
}) => {
  const pack = await example();
  const screen = new ContentPackScreen(page);
  await screen.open();
  await screen.load(EXAMPLE);
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");

  await screen.open();
  const own = page.getByRole("button", { name: /^Use (?!.*version)/ });
  await own.click();
  await expect(page.getByText(/^You are now using/)).toBeVisible();
  await expect(screen.inUse).not.toContainText(pack.name);
  await page.getByRole("button", { name: `Remove ${pack.name}, version ${pack.version}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is kept, because" })).toContainText(
    "1 check-in was made with it",
  );
  await expect(
    page.getByRole("button", { name: `Use ${pack.name}, version ${pack.version}` }),
  ).toBeVisible();
});

async function openWithPreview(page: Page): Promise<void> {
  const screen = new ContentPackScreen(page);
  await screen.open();
  await screen.choose(EXAMPLE);
  await expect(screen.preview).toBeVisible();
  await screen.preview.getByText(/other support services/).click();
}

async function openWithProblems(page: Page): Promise<void> {
  const screen = new ContentPackScreen(page);
  await screen.open();
  await screen.chooseBroken("item-unknown-domain.json");
  await expect(page.getByRole("alert", { name: "This pack can’t be used yet" })).toBeVisible();
}

for (const theme of ["light", "dark"] as Theme[]) {
  test(`the content pack screen has no axe violations (${theme}, phone)`, async ({ page }) => {
    await useTheme(page, theme);
    await openWithPreview(page);
    await expectNoAxeViolations(page);
    await openWithProblems(page);
    await expectNoAxeViolations(page);
  });
}

test.describe("desktop", () => {
  test.use(DESKTOP);
  for (const theme of ["light", "dark"] as Theme[]) {
    test(`the content pack screen has no axe violations (${theme}, desktop)`, async ({ page }) => {
      await useTheme(page, theme);
      await openWithPreview(page);
      await expectNoAxeViolations(page);
      await openWithProblems(page);
      await expectNoAxeViolations(page);
    });
  }
});
