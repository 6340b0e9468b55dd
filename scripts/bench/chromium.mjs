// Launching the Chromium the tests use, with profiles made for the bench.
// Each measured run starts a new browser process from a copy of a prepared profile:
// nothing of an earlier run is left in memory, and the records are on disk as a
// person's would be.
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, devices } from "@playwright/test";
import { INSTALL_HINT, resolveChromium } from "../browser.mjs";

// As playwright.config.ts: a phone-sized window, en-GB, London time.
const CONTEXT = {
  ...devices["Pixel 7"],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  locale: "en-GB",
  timezoneId: "Europe/London",
};
const ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function chromiumPath() {
  const path = resolveChromium();
  if (!path) throw new Error(INSTALL_HINT);
  return path;
}

// One scratch folder per bench run, made on first use (importing this module makes none).
let scratch;
let copies = 0;

async function scratchRoot() {
  scratch ??= await mkdtemp(join(tmpdir(), "hcw-bench-"));
  return scratch;
}

export async function removeScratch() {
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
}

/** A new, empty profile folder. */
export async function newProfile(name) {
  const dir = join(await scratchRoot(), `${name}-${++copies}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A copy of a prepared profile, so the prepared one stays as it was. */
export async function copyProfile(from) {
  const dir = join(await scratchRoot(), `copy-${++copies}`);
  await cp(from, dir, { recursive: true });
  return dir;
}

/**
 * A browser on `profileDir`. Options: serviceWorkers "allow" (the app's own) or
 * "block" (for the bench page, which the app's service worker would answer with
 * index.html).
 */
export async function launch(profileDir, { serviceWorkers = "allow" } = {}) {
  return chromium.launchPersistentContext(profileDir, {
    ...CONTEXT,
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    serviceWorkers,
  });
}

/** Runs `work` with a browser on a fresh copy of `profile`, then closes and removes it. */
export async function withCopy(profile, work, options) {
  const dir = await copyProfile(profile);
  const context = await launch(dir, options);
  try {
    return await work(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function browserVersion() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    return `Chromium ${browser.version()} (${chromiumPath()})`;
  } finally {
    await browser.close();
  }
}
