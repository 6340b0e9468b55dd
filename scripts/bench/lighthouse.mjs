// Lighthouse (mobile, its default settings) on Home, the check-in and History,
// in headless Chromium started by chrome-launcher on a copy of a seeded profile,
// so History has records to list and draw (storage is not reset between loads).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath, copyProfile, newProfile } from "./chromium.mjs";
import { median } from "./stats.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
export const LIGHTHOUSE_PAGES = [
  { name: "Home", path: "/" },
  { name: "Check-in", path: "/check-in" },
  { name: "History", path: "/history" },
];

/** Audits that cost points: score below 1 in a category where they weigh. */
function lostPoints(lhr) {
  const lost = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        lost.push({
          category: id,
          audit: ref.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { value: audit.displayValue } : {}),
        });
      }
    }
  }
  return lost;
}

// HCW_LIGHTHOUSE_REPORTS=folder keeps each full report (JSON), to see why points were lost.
const REPORTS = process.env.HCW_LIGHTHOUSE_REPORTS;
let reportCount = 0;

async function keepReport(name, lhr) {
  if (!REPORTS) return;
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, `${name}-${++reportCount}.json`), JSON.stringify(lhr));
}

async function audit(url, profile, name) {
  const dir = profile ? await copyProfile(profile) : await newProfile("lighthouse");
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    userDataDir: dir,
    chromeFlags: [
      "--headless=new",
      "--no-first-run",
      "--disable-background-networking",
      // Chromium refuses to start its sandbox as root (containers, CI); Playwright does the same.
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    ],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    await keepReport(name, lhr);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const metrics = lhr.audits.metrics?.details?.items?.[0] ?? {};
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ),
      metrics: {
        fcpMs: metrics.firstContentfulPaint,
        lcpMs: metrics.largestContentfulPaint,
        tbtMs: metrics.totalBlockingTime,
        cls: metrics.cumulativeLayoutShift,
      },
      lost: lostPoints(lhr),
      settings: {
        lighthouseVersion: lhr.lighthouseVersion,
        formFactor: lhr.configSettings.formFactor,
        throttling: lhr.configSettings.throttlingMethod,
        userAgent: lhr.environment?.hostUserAgent,
      },
    };
  } finally {
    chrome.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

function medianMetrics(results) {
  const keys = ["fcpMs", "lcpMs", "tbtMs", "cls"];
  return Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r.metrics[key]))]));
}

/** The bare React app (see bundle.mjs), as the best score a page can get on this machine. */
export async function measureLighthouseFloor(origin, runs, log) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const result = await audit(`${origin}/`, null, "floor");
    results.push(result);
    log(
      `  bare React app #${run + 1}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(", ")}`,
    );
  }
  return {
    name: "Bare React 19 app (floor)",
    path: "/",
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))]),
    ),
    metrics: medianMetrics(results),
    runs: results.map((r) => ({ scores: r.scores, metrics: r.metrics })),
    lost: [
      ...new Map(
        results.flatMap((r) => r.lost).map((l) => [`${l.category}/${l.audit}`, l]),
      ).values(),
    ],
  };
}

/** Each page `runs` times; each category's score is the median of its runs. */
export async function measureLighthouse(origin, profile, runs, log) {
  const pages = [];
  let settings;
  for (const { name, path } of LIGHTHOUSE_PAGES) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await audit(origin + path, profile, name);
      results.push(result);
      settings ??= result.settings;
      log(`  ${name} #${run + 1}: ${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(", ")}`);
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))]),
    );
    const lost = new Map();
    for (const r of results)
      for (const item of r.lost) lost.set(`${item.category}/${item.audit}`, item);
    pages.push({
      name,
      path,
      scores,
      metrics: medianMetrics(results),
      runs: results.map((r) => ({ scores: r.scores, metrics: r.metrics })),
      lost: [...lost.values()],
    });
  }
  return { settings, pages };
}
