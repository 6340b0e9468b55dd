// Writes bench/results.json and bench/RESULTS.md, and prints the same table.
import { mkdir, writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { CATEGORIES } from "./lighthouse.mjs";

const ms = (f) => (f?.medianMs == null ? "–" : `${Math.round(f.medianMs)} ms`);
const msOf = (value) => (value == null ? "–" : `${Math.round(value)} ms`);
const x = (r) => (r == null ? "–" : `${r.toFixed(2)}×`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function timingRows(results) {
  const { coldStart: cold, history, backup, checkIn, runs } = results;
  const rows = [];
  const row = (what, f, r, against, note = "") => rows.push([what, ms(f), x(r), against, note]);
  const n = runs.coldStart;
  row("Cold start, no data (floor)", cold.empty.interactive, 1, "no data", `${n} runs`);
  row("Cold start, 10 records", cold.small.interactive, cold.small.interactive.ratio, "no data");
  row("Cold start, large set", cold.large.interactive, cold.large.interactive.ratio, "no data");
  for (const size of ["empty", "small", "large"]) {
    const f = cold[size].settled;
    row(`… Home settled (last change), ${results.data[size].label}`, f, null, "", "secondary");
  }
  row("Open History, 10 records", history.small, 1, "10 records", `${history.small.items} items`);
  row(
    "Open History, large set",
    history.large,
    history.large.ratio,
    "10 records",
    `${history.large.items} items, ${history.large.chartPoints} chart points`,
  );
  row(
    "History → Everything, 10 records",
    history.small.everything,
    1,
    "10 records",
    `${history.small.everything.chartPoints} chart points`,
  );
  // Everything reads every check-in: beside the raw read of the same records, it shows
  // how much of its time is the app's own rather than the browser's storage.
  const readFloor = backup.floor.checkInsRead?.medianMs;
  const overFloor = readFloor ? history.large.everything.medianMs / readFloor : null;
  row(
    "History → Everything, large set",
    history.large.everything,
    history.large.everything.ratio,
    "10 records",
    `${history.large.everything.chartPoints} chart points; ${x(overFloor)} a raw read of the same ${results.data.large.checkIns} check-ins by date (${msOf(readFloor)})`,
  );
  row(
    "Storage floor (raw write + read by date + JSON.stringify)",
    backup.floor.total,
    1,
    "floor",
    `write ${ms(backup.floor.write)}, read ${ms(backup.floor.readByDate)}, stringify ${ms(backup.floor.stringify)} (JSON.parse ${ms(backup.floor.parse)})`,
  );
  const exportParts = (f) => `read ${msOf(f.parts.readMs)}, file ${msOf(f.parts.fileMs)}`;
  const restoreParts = (f) => `check ${msOf(f.parts.checkMs)}, write ${msOf(f.parts.writeMs)}`;
  row(
    "Backup export, large set",
    backup.export,
    backup.export.ratio,
    "storage floor",
    `${exportParts(backup.export)}; ${kb(backup.fileBytes)} file`,
  );
  row(
    "Backup restore (replace), large set",
    backup.restore,
    backup.restore.ratio,
    "storage floor",
    restoreParts(backup.restore),
  );
  row(
    "Backup export with passphrase",
    backup.exportWithPassphrase,
    backup.exportWithPassphrase.ratio,
    "storage floor",
    `${exportParts(backup.exportWithPassphrase)}; PBKDF2 600,000 rounds alone ${ms(backup.keyDerivation)}`,
  );
  row(
    "Backup restore with passphrase",
    backup.restoreWithPassphrase,
    backup.restoreWithPassphrase.ratio,
    "storage floor",
    `${restoreParts(backup.restoreWithPassphrase)}; PBKDF2 600,000 rounds`,
  );
  row(
    "Check-in, first answer to stored result, 10 records",
    checkIn.small,
    1,
    "10 records",
    `${checkIn.small.steps} steps, ${runs.checkIn} runs`,
  );
  row("Check-in, large set", checkIn.large, checkIn.large.ratio, "10 records");
  const { chart } = results;
  if (chart) {
    row(
      `Chart chunk load, ${chart.cpuSlowdown}× CPU slowdown`,
      chart.load,
      null,
      "",
      `${chart.chunk.file}, ${kb(chart.chunk.gzip)} gzip`,
    );
    row(
      `Chart first draw, ${chart.checkIns} check-ins, ${chart.cpuSlowdown}× CPU slowdown`,
      chart.draw,
      null,
      "",
      `${chart.points} points (by month), ${runs.chart} runs`,
    );
  }
  return rows;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function lighthouseTable(lighthouse) {
  if (!lighthouse) return "Lighthouse was skipped (--no-lighthouse).";
  const pages = lighthouse.floor ? [...lighthouse.pages, lighthouse.floor] : lighthouse.pages;
  const rows = pages.map((page) => [
    `${page.name} (${page.path})`,
    ...CATEGORIES.map((c) => String(page.scores[c])),
    `${(page.metrics.fcpMs / 1000).toFixed(1)} s`,
    `${(page.metrics.lcpMs / 1000).toFixed(1)} s`,
    `${Math.round(page.metrics.tbtMs)} ms`,
    page.metrics.cls.toFixed(3),
  ]);
  const lost = pages.flatMap((page) =>
    page.lost.map(
      (l) =>
        `- ${page.name}: ${l.category} / ${l.audit} (${l.title})${l.value ? `: ${l.value}` : ""}`,
    ),
  );
  const s = lighthouse.settings ?? {};
  return [
    table(["Page", ...CATEGORIES, "FCP", "LCP", "TBT", "CLS"], rows),
    "",
    `Lighthouse ${s.lighthouseVersion}, ${s.formFactor} (the default), throttling ${s.throttling}, ` +
      `median of ${lighthouse.runs} runs per page, on the large data set. ` +
      "Served over plain HTTP from 127.0.0.1: Chromium and Lighthouse count localhost as a " +
      "secure context, so best-practices loses nothing for the missing HTTPS (a real host needs HTTPS).",
    "",
    lost.length ? `Audits that cost points:\n${lost.join("\n")}` : "No audit cost a point.",
  ].join("\n");
}

function bundleTable(bundle) {
  const rows = [
    ["Entry (first screen) total", kb(bundle.app.entry.raw), kb(bundle.app.entry.gzip)],
    ...bundle.app.entry.files.map((f) => [`… ${f.file}`, kb(f.raw), kb(f.gzip)]),
    ["Bare React 19 + Vite app (floor)", kb(bundle.floor.raw), kb(bundle.floor.gzip)],
    ["Entry ÷ floor (gzip)", "", x(bundle.app.entry.gzip / bundle.floor.gzip)],
    ["Lazy chunks total", kb(bundle.app.lazy.raw), kb(bundle.app.lazy.gzip)],
    ...bundle.app.lazy.files.map((f) => [`… ${f.file}`, kb(f.raw), kb(f.gzip)]),
    ["CSS total", kb(bundle.app.css.raw), kb(bundle.app.css.gzip)],
  ];
  return table(["Chunk", "raw", "gzip"], rows);
}

export function markdown(results) {
  const m = results.machine;
  const load = results.loadAverage;
  return `# Bench results

Made by \`npm run bench\` (see README.md, "Benchmarks"). Times are medians of several runs
on one machine: compare the ratios, not the milliseconds, across machines.

- Date: ${results.date}
- Commit: ${results.commit}${results.dirty ? " (with uncommitted changes)" : ""}
- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}
- Load average during the run: mean ${load.mean}, highest ${load.max}${
    load.max > load.cores
      ? ` (more than the ${load.cores} cores: other work slowed these figures, Lighthouse's most; run again on a quiet machine before comparing)`
      : ""
  }
- Browser: ${m.browser}, headless, 390×844 phone viewport
- Data: large set = ${results.data.large.checkIns} daily check-ins + ${results.data.large.peerCheckIns} peer check-ins + ${results.data.large.supervisionPreps} supervision preps, seeded through the app's repositories; 10 records = ${results.data.small.checkIns} check-ins
- Bench run took ${Math.round(results.durationS)} s

## Timings

${table(["What", "Median", "Ratio", "to", "Notes"], timingRows(results))}

Cold start: a new browser process on a copy of a profile where the app is installed
(its service worker serves the files), to the first screen with its heading and nothing
left loading. History: from the click on Home's link to the list and the chart drawn.
Backup times run inside the page (export = read every table + make the file;
restore = read and check the file + replace everything in one transaction).

## Lighthouse

${lighthouseTable(results.lighthouse)}

## Bundle (gzip level 9)

${bundleTable(results.bundle)}
`;
}

export async function writeResults(results, dir = "bench") {
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  // Formatted as `npm run format` would, so `prettier --check .` stays clean.
  const path = `${dir}/RESULTS.md`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  const text = await prettier.format(markdown(results), { ...options, filepath: path });
  await writeFile(path, text);
  return text;
}
