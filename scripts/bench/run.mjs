// `npm run bench`: builds the app, serves it, and measures it in real Chromium at
// real scale; writes bench/results.json and bench/RESULTS.md. Not part of `npm test`:
// times depend on the machine, so nothing here passes or fails on a time.
//
// Options: --runs=N (default 5) for every timing, --lighthouse-runs=N (default 3),
// --no-lighthouse.
import { appBundle, floorApp } from "./bundle.mjs";
import { BENCH_OUT_DIR, buildApp, buildBenchPage, checkAppUntouched } from "./build.mjs";
import { browserVersion, removeScratch } from "./chromium.mjs";
import { measureBackup } from "./backup-timing.mjs";
import { measureCheckIns, measureColdStarts } from "./app-timing.mjs";
import { chartChunk, measureChartDraw } from "./chart-timing.mjs";
import { measureLighthouse, measureLighthouseFloor } from "./lighthouse.mjs";
import { describeCommit, describeMachine, sampleLoad } from "./machine.mjs";
import { prepareProfiles } from "./profiles.mjs";
import { writeResults } from "./report.mjs";
import { serveStatic } from "../static-server.mjs";
import { summariseBackup, summariseCheckIns, summariseColdStarts } from "./summarise.mjs";

function option(name, fallback) {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const value = arg.split("=")[1];
  return value === undefined ? true : Number(value);
}

const RUNS = option("runs", 5);
const LIGHTHOUSE_RUNS = option("lighthouse-runs", 3);
const LIGHTHOUSE = !option("no-lighthouse", false);
const started = Date.now();
const load = sampleLoad();
const log = (line) => console.log(line);
const step = (title) => log(`\n${title} (${Math.round((Date.now() - started) / 1000)} s)`);

const buildId = `bench ${new Date().toISOString().slice(0, 10)}`;
step("Building the app into dist-bench");
await buildApp(buildId);
const appFiles = await appBundle(BENCH_OUT_DIR);
step("Building the bench page beside it, and a bare React app (the bundle floor)");
await buildBenchPage(buildId);
await checkAppUntouched();
const floor = await floorApp();

const server = await serveStatic({ root: () => BENCH_OUT_DIR, gzip: true });
const floorServer = await serveStatic({ root: () => floor.distDir, gzip: true });
log(`Serving ${BENCH_OUT_DIR} at ${server.origin}, the bare React app at ${floorServer.origin}`);
try {
  const browser = await browserVersion();
  step("Seeding profiles through the app's repositories");
  const profiles = await prepareProfiles(server.origin, ["empty", "small", "large"], log);

  step(`Cold starts and History (${RUNS} runs each, a new browser every run)`);
  const cold = summariseColdStarts(await measureColdStarts(profiles, server.origin, RUNS, log));

  step(`Backup export and restore of the large set, and the storage floor (${RUNS} runs)`);
  const backup = summariseBackup(await measureBackup(profiles.large, server.origin, RUNS, log));

  step(`Check-ins through the UI (${RUNS} runs per data size)`);
  const checkIn = summariseCheckIns({
    small: await measureCheckIns(profiles.small, server.origin, RUNS, log),
    large: await measureCheckIns(profiles.large, server.origin, RUNS, log),
  });

  step(`The chart's first draw, ${RUNS} runs (a new browser every run)`);
  const chart = {
    chunk: chartChunk(appFiles),
    ...(await measureChartDraw(server.origin, RUNS, log)),
  };

  let lighthouse = null;
  if (LIGHTHOUSE) {
    step(`Lighthouse, mobile (${LIGHTHOUSE_RUNS} runs per page)`);
    lighthouse = {
      runs: LIGHTHOUSE_RUNS,
      floor: await measureLighthouseFloor(floorServer.origin, LIGHTHOUSE_RUNS, log),
      ...(await measureLighthouse(server.origin, profiles.large.seeded, LIGHTHOUSE_RUNS, log)),
    };
  }

  const labels = { empty: "no data", small: "10 records", large: "large set" };
  const results = {
    date: new Date().toISOString(),
    ...describeCommit(),
    machine: describeMachine(browser),
    loadAverage: load.stop(),
    runs: { coldStart: RUNS, history: RUNS, backup: RUNS, checkIn: RUNS, chart: RUNS },
    data: Object.fromEntries(
      Object.entries(profiles).map(([size, p]) => [size, { label: labels[size], ...p.seed }]),
    ),
    coldStart: Object.fromEntries(
      Object.entries(cold).map(([size, c]) => [
        size,
        { interactive: c.interactive, settled: c.settled, fromServiceWorker: c.fromServiceWorker },
      ]),
    ),
    history: Object.fromEntries(
      ["small", "large"].map((size) => [
        size,
        {
          ...cold[size].history,
          items: cold[size].historyItems,
          chartPoints: cold[size].chartPoints,
          everything: { ...cold[size].everything, chartPoints: cold[size].everythingPoints },
        },
      ]),
    ),
    backup,
    checkIn,
    chart,
    lighthouse,
    bundle: { app: appFiles, floor: floor.bundle },
    durationS: (Date.now() - started) / 1000,
  };
  const text = await writeResults(results);
  log(`\n${text}`);
  log("Wrote bench/results.json and bench/RESULTS.md");
} finally {
  await server.stop();
  await floorServer.stop();
  await floor.remove();
  await removeScratch();
}
