// The chart: the size of its lazily loaded chunk (recharts and our chart), and its
// first draw with ten years of daily check-ins (3,650, grouped by month as History
// does) at 4x CPU slowdown, as Lighthouse's phone profile slows the CPU. Each run is a
// new browser, so the chunk is parsed fresh every time.
//
// Alone (after `HCW_OUT_DIR=<dir> vite build` and the bench page built into the same
// folder with HCW_BENCH=1): node scripts/bench/chart-timing.mjs --dist=<dir> --runs=N
import { launch, newProfile, removeScratch } from "./chromium.mjs";
import { openBenchPage } from "./profiles.mjs";
import { figure, repeat } from "./stats.mjs";

export const CHECK_INS = 3650;
export const CPU_SLOWDOWN = 4;

/** The chart chunk among the app's lazy chunks (from bundle.mjs's appBundle). */
export function chartChunk(appFiles) {
  const file = appFiles.lazy.files.find((f) => /\/StageLineChart-[^/]*\.js$/.test(f.file));
  if (!file) throw new Error("No StageLineChart chunk in the build: is the chart still lazy?");
  return file;
}

export async function measureChartDraw(origin, runs, log) {
  const rows = await repeat(runs, async (index) => {
    const context = await launch(await newProfile(`chart-${index}`), { serviceWorkers: "block" });
    try {
      const page = await openBenchPage(context, origin);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      const run = await page.evaluate((count) => window.hcwBench.timeChartDraw(count), CHECK_INS);
      log(
        `  #${index + 1}: ${run.checkIns} check-ins as ${run.points} points (${run.grouped}), ` +
          `chunk loaded in ${run.importMs.toFixed(0)} ms, first draw ${run.drawMs.toFixed(0)} ms`,
      );
      return run;
    } finally {
      await context.close();
    }
  });
  return {
    checkIns: CHECK_INS,
    cpuSlowdown: CPU_SLOWDOWN,
    points: rows[0]?.points,
    load: figure(rows.map((r) => r.importMs)),
    draw: figure(rows.map((r) => r.drawMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveStatic } = await import("../static-server.mjs");
  const { appBundle } = await import("./bundle.mjs");
  const arg = (name, fallback) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
  const dist = arg("dist", "dist-bench");
  const server = await serveStatic({ root: () => dist, gzip: true });
  try {
    const chunk = chartChunk(await appBundle(dist));
    console.log(`Chart chunk ${chunk.file}: ${(chunk.gzip / 1024).toFixed(1)} KB gzip`);
    const result = await measureChartDraw(server.origin, Number(arg("runs", 3)), console.log);
    console.log(JSON.stringify(result));
  } finally {
    await server.stop();
    await removeScratch();
  }
}
