// The bundle report: the entry (what the first screen downloads) and every lazy chunk,
// gzipped, beside a bare React 19 + Vite app built with the same settings (the floor).
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { entrySizes } from "../entry-size.mjs";
import { viteBuild } from "./build.mjs";

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

function totals(files) {
  return {
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Call right after the app build, before the bench page is added to the folder. */
export async function appBundle(distDir) {
  const entry = await entrySizes(distDir);
  const entryNames = new Set(entry.map((f) => f.file.replace(/^\//, "")));
  const assets = await readdir(join(distDir, "assets"));
  const lazy = [];
  const css = [];
  for (const name of assets.sort()) {
    const path = `assets/${name}`;
    if (entryNames.has(path)) continue;
    const bytes = await readFile(join(distDir, path));
    const row = { file: `/${path}`, raw: bytes.length, gzip: gzip(bytes) };
    if (name.endsWith(".js")) lazy.push(row);
    else if (name.endsWith(".css")) css.push(row);
  }
  lazy.sort((a, b) => b.gzip - a.gzip);
  return {
    entry: { files: entry, ...totals(entry) },
    lazy: { files: lazy, ...totals(lazy) },
    css: { files: css, ...totals(css) },
  };
}

const FLOOR_CONFIG = `
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
// The same build settings as the app's vite.config.ts, without its plugins.
export default defineConfig({
  build: { assetsInlineLimit: 0, target: "es2022", sourcemap: false },
  plugins: [react()],
});
`;
const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare React app: the floor for the bench." />
    <title>Floor</title>
  </head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;
const FLOOR_MAIN = `
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <main>
      <h1>Hello</h1>
    </main>
  </StrictMode>,
);
`;

/**
 * A bare React 19 app (just a root render), built with this repo's vite and
 * plugin-react. Returns its entry sizes and its built folder (Lighthouse's floor too);
 * call remove() when done with it.
 */
export async function floorApp(repoRoot = process.cwd()) {
  const dir = await mkdtemp(join(tmpdir(), "hcw-bench-floor-app-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await writeFile(join(dir, "vite.config.mjs"), FLOOR_CONFIG);
    await writeFile(join(dir, "index.html"), FLOOR_HTML);
    await writeFile(join(dir, "main.tsx"), FLOOR_MAIN);
    await symlink(resolve(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
    await viteBuild({ cwd: dir, args: ["--config", "vite.config.mjs", "--logLevel", "warn"] });
    const entry = await entrySizes(join(dir, "dist"));
    return { bundle: { files: entry, ...totals(entry) }, distDir: join(dir, "dist"), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
