// Prints one plain line with the totals of every test runner: "N passed, N failed".
// Reads the JSON reports that Vitest and Playwright write into reports/.
import { readFile } from "node:fs/promises";

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const missing = [];

const unit = await readJson("reports/unit-results.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
} else missing.push("unit");

const e2e = await readJson("reports/e2e-results.json");
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
} else missing.push("browser");

if (missing.length)
  console.log(`(no results from: ${missing.join(", ")} tests — they did not run)`);
console.log(`${passed} passed, ${failed} failed`);
