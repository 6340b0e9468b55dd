import { execSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { waitForServiceWorker } from "./support/app";
import { serveStatic, type StaticServer } from "../../scripts/static-server.mjs";

const NEXT_BUILD = "next-build-for-update-test";

test.describe("updating the app", () => {
  let server: StaticServer;
  let origin: string;
  // The folder the host serves: this build first, then the next one, as a deploy would.
  let root = process.env.HCW_OUT_DIR ?? "dist";

  test.beforeAll(async () => {
    // Build 2: the same app with another build id, as the next release would be.
    execSync("npx vite build --logLevel error", {
      env: { ...process.env, HCW_OUT_DIR: "dist-next", HCW_BUILD_ID: NEXT_BUILD },
      stdio: "inherit",
    });
    server = await serveStatic({ root: () => root, cacheControl: "no-cache" });
    origin = server.origin;
  });

  test.afterAll(async () => server.stop());

  test("a waiting new version shows a polite banner, and updating keeps a check-in's answers", async ({
    page,
  }) => {
    await page.goto(`${origin}/check-in`);
    await waitForServiceWorker(page);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    const firstQuestion = page.locator("form.check-in fieldset").first();
    await firstQuestion.getByRole("radio").nth(1).check();
    const chosen = await firstQuestion.getByRole("radio").nth(1).getAttribute("value");

    root = "dist-next";
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page
      .getByRole("status")
      .filter({ hasText: "A new version of the app is ready" });
    await expect(banner).toBeVisible({ timeout: 30_000 });

    await banner.getByRole("button", { name: "Update now" }).click();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page
      .getByRole("button", { name: "Carry on where you left off" })
      .click({ timeout: 30_000 });
    await expect(
      page.locator(`form.check-in input[type=radio][value="${chosen}"]`).first(),
    ).toBeChecked();
    await page.goto(`${origin}/settings`);
    await expect(page.getByText(`Build ${NEXT_BUILD}`)).toBeVisible();
    await expect(page.getByText("A new version of the app is ready")).toHaveCount(0);
  });
});
