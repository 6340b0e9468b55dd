// Measures the JavaScript the first screen needs: the module script and every
// modulepreload that dist/index.html names, gzipped. Shared by the budget check and the bench.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

export async function entrySizes(distDir = "dist") {
  const html = await readFile(join(distDir, "index.html"), "utf8");
  const srcs = new Set();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    srcs.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    srcs.add(match[1]);
  const files = [];
  for (const src of srcs) {
    const bytes = await readFile(join(distDir, src.replace(/^\//, "")));
    files.push({ file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return files;
}
