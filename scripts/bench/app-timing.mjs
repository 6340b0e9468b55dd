// Timings of the app itself, in a new browser process each run: the first screen
// from a cold start, then opening History from Home's link; and check-ins made
// through the UI.
import { withCopy } from "./chromium.mjs";
import { installMarks, readMarkWhenSet, readMarksWhenQuiet } from "./marks.mjs";
import { repeat } from "./stats.mjs";

async function appPage(context, origin, path) {
  await context.addInitScript(installMarks);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(origin + path);
  return page;
}

/** One cold start of Home; with `history`, then one opening of History from Home. */
async function coldStart(profile, origin, history, checkIns) {
  return withCopy(profile, async (context) => {
    const page = await appPage(context, origin, "/");
    const first = await readMarkWhenSet(page, "interactive");
    const heading = await page.evaluate(() => window.__hcwMarks.heading());
    if (heading !== "How are you today?") throw new Error(`Home showed "${heading}"`);
    const quiet = await readMarksWhenQuiet(page);
    const run = {
      interactiveMs: first.interactive,
      // Home's later parts (the last result, follow-ups, the plan) may arrive after it.
      settledMs: quiet.lastMutation,
      fromServiceWorker: await page.evaluate(() => !!navigator.serviceWorker.controller),
    };
    if (!history) return run;
    await page.evaluate(() => window.__hcwMarks.arm("history", "click"));
    await page.getByRole("link", { name: "Look back at past check-ins" }).click();
    const opened = await readMarkWhenSet(page, "target");
    run.historyMs = opened.target - opened.armedAt;
    run.historyItems = await page.locator(".history-item").count();
    // The chart itself is drawn only when scrolled to; its table has a row per point.
    run.chartPoints = await page.locator(".chart-figure .data-table tbody tr").count();
    // Then every check-in at once: the range that reads every record.
    await readMarksWhenQuiet(page, 500);
    await page.evaluate((count) => window.__hcwMarks.arm("everything", "click", count), checkIns);
    await page.getByRole("radio", { name: "Everything" }).check();
    const everything = await readMarkWhenSet(page, "target");
    run.everythingMs = everything.target - everything.armedAt;
    run.everythingPoints = await page.locator(".chart-figure .data-table tbody tr").count();
    return run;
  });
}

export async function measureColdStarts(profiles, origin, runs, log) {
  const out = {};
  for (const [size, profile] of Object.entries(profiles)) {
    const history = size !== "empty";
    out[size] = await repeat(runs, async (index) => {
      const run = await coldStart(profile.installed, origin, history, profile.seed.checkIns);
      log(
        `  ${size} #${index + 1}: first screen ${run.interactiveMs.toFixed(0)} ms` +
          (history
            ? `, History ${run.historyMs.toFixed(0)} ms (${run.historyItems} items), ` +
              `Everything ${run.everythingMs.toFixed(0)} ms (${run.everythingPoints} points)`
            : ""),
      );
      return run;
    });
  }
  return out;
}

/** Answers every question on the current step with its first answer (the safe one for red flags). */
async function answerStep(page) {
  const groups = page.locator("form.check-in fieldset");
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    await groups.nth(index).getByRole("radio").first().check();
  }
}

/** Check-ins from the first answer to the stored result, several in one browser. */
export async function measureCheckIns(profile, origin, runs, log) {
  return withCopy(profile.installed, async (context) => {
    const page = await appPage(context, origin, "/check-in");
    return repeat(runs, async (index) => {
      if (index > 0) await page.goto(`${origin}/check-in`);
      // The check-in's first page shows once; after that the questions come straight away.
      const start = page.getByRole("button", { name: "Start", exact: true });
      await start.or(page.locator("form.check-in")).first().waitFor();
      if (await start.isVisible()) await start.click();
      const stepText = await page.getByText(/^Step 1 of \d+$/).textContent();
      const steps = Number(stepText?.match(/of (\d+)/)?.[1]);
      await page.evaluate(() => window.__hcwMarks.arm("result", "change"));
      for (let step = 1; step <= steps; step++) {
        await page.getByText(`Step ${step} of ${steps}`).waitFor();
        await answerStep(page);
        if (step < steps) await page.getByRole("button", { name: "Next" }).click();
      }
      await page.getByRole("button", { name: "See my result" }).click();
      const marks = await readMarkWhenSet(page, "target");
      const ms = marks.target - marks.armedAt;
      log(`  check-in #${index + 1}: ${ms.toFixed(0)} ms over ${steps} steps`);
      return { ms, steps };
    });
  });
}
