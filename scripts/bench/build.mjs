// Builds what the bench measures: the app as `npm run build` makes it, into dist-bench,
// then (HCW_BENCH=1, see vite.config.ts) the bench page beside it, as a build of its
// own so the app's files are exactly a normal build's.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

// vite's package exports do not include its bin: find it beside its package.json.
const require = createRequire(import.meta.url);
const VITE_BIN = join(dirname(require.resolve("vite/package.json")), "bin", "vite.js");

export const BENCH_OUT_DIR = "dist-bench";
export const BENCH_PAGE = "/src/bench/bench.html";

/** Runs `vite build` in `cwd` with extra environment; output is kept for a failure. */
export function viteBuild({ cwd = process.cwd(), env = {}, args = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_BIN, "build", ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vite build failed (${code}):\n${output}`)),
    );
  });
}

export function buildApp(buildId) {
  return viteBuild({ env: { HCW_OUT_DIR: BENCH_OUT_DIR, HCW_BUILD_ID: buildId, HCW_BENCH: "" } });
}

export function buildBenchPage(buildId) {
  return viteBuild({ env: { HCW_OUT_DIR: BENCH_OUT_DIR, HCW_BUILD_ID: buildId, HCW_BENCH: "1" } });
}

/** The app's own files must not know the bench page: not index.html, not the service worker. */
export async function checkAppUntouched(distDir = BENCH_OUT_DIR) {
  for (const file of ["index.html", "sw.js"]) {
    const text = await readFile(join(distDir, file), "utf8");
    if (/bench/i.test(text)) throw new Error(`${distDir}/${file} mentions the bench page.`);
  }
}
