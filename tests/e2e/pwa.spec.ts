import { expect, test } from "@playwright/test";
import { expectHeading, ROUTES, waitForServiceWorker } from "./support/app";

test("the manifest makes the app installable, with real icons", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: "Healing Centred Wellbeing",
    short_name: "Wellbeing",
    start_url: "/",
    display: "standalone",
  });
  expect(manifest.theme_color).toMatch(/^#/);
  const purposes = manifest.icons.map(
    (icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`,
  );
  expect(purposes).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  for (const icon of [
    ...manifest.icons.map((i: { src: string }) => i.src),
    "/apple-touch-icon.png",
    "/favicon.ico",
    "/favicon.svg",
  ]) {
    const response = await request.get(icon);
    expect(response.status(), icon).toBe(200);
  }
  await waitForServiceWorker(page);
});

test("after one visit every route reloads with the network off, served by the service worker", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  // Offline from here: every screen, its lazily loaded code included, comes from the
  // service worker's precache, with no visit online first.
  await context.setOffline(true);
  for (const route of ROUTES) {
    const response = await page.goto(route.path);
    expect(response?.fromServiceWorker(), `${route.path} came from the service worker`).toBe(true);
    await expectHeading(page, route.heading);
  }
  await page.reload();
  await expectHeading(page, "We can’t find that page");
});

test("visiting every route makes no request to any other origin and no request fails", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:")
      foreign.push(request.url());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/no-such-page"))
      failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expectHeading(page, route.heading);
  }
  await waitForServiceWorker(page);
  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
