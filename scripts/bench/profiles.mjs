// Prepared browser profiles, one per data size, made once per bench run:
// - "seeded": the records written through the app's repositories by the bench page,
//   and the app opened once with its welcome dismissed ("Got it"), as anyone who has
//   used it for a while has done; no service worker yet;
// - "installed": the same, after one more visit that installed the app's service
//   worker, as the app is on the phone of someone who uses it.
import { BENCH_PAGE } from "./build.mjs";
import { copyProfile, launch, newProfile } from "./chromium.mjs";
import { installMarks, readMarkWhenSet } from "./marks.mjs";

export async function openBenchPage(context, origin) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(origin + BENCH_PAGE);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined);
  const state = await page.evaluate(() => document.body.dataset.ready);
  if (state !== "ready") throw new Error(`The bench page could not open the database: ${state}`);
  return page;
}

/** Opens Home once and dismisses the welcome, through the screen, as a person would. */
async function dismissWelcome(context, origin) {
  await context.addInitScript(installMarks);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/`);
  await readMarkWhenSet(page, "interactive");
  const gotIt = page.getByRole("button", { name: "Got it" });
  await gotIt.click();
  await gotIt.waitFor({ state: "detached" });
}

async function seedProfile(origin, size) {
  const dir = await newProfile(`seeded-${size}`);
  const context = await launch(dir, { serviceWorkers: "block" });
  try {
    let seed = { checkIns: 0, peerCheckIns: 0, supervisionPreps: 0, ms: 0 };
    if (size !== "empty") {
      const page = await openBenchPage(context, origin);
      const report = await page.evaluate((name) => window.hcwBench.seed(name), size);
      seed = { ...report, ms: Math.round(report.ms) };
    }
    await dismissWelcome(context, origin);
    return { dir, seed };
  } finally {
    await context.close();
  }
}

async function installApp(origin, seededDir) {
  const dir = await copyProfile(seededDir);
  const context = await launch(dir);
  try {
    await context.addInitScript(installMarks);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/`);
    await readMarkWhenSet(page, "interactive");
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (!worker || worker.state === "activated") return;
      await new Promise((resolve) =>
        worker.addEventListener("statechange", () => worker.state === "activated" && resolve()),
      );
    });
    return dir;
  } finally {
    await context.close();
  }
}

/** Makes the profiles for each size; returns { size: { seeded, installed, seed } }. */
export async function prepareProfiles(origin, sizes, log) {
  const profiles = {};
  for (const size of sizes) {
    const { dir, seed } = await seedProfile(origin, size);
    const installed = await installApp(origin, dir);
    profiles[size] = { seeded: dir, installed, seed };
    log(
      `  ${size}: ${seed.checkIns} check-ins, ${seed.peerCheckIns} peer check-ins, ` +
        `${seed.supervisionPreps} preps (seeded in ${(seed.ms / 1000).toFixed(1)} s)`,
    );
  }
  return profiles;
}
