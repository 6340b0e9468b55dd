// A static host for the bench build, like any real one: unknown paths get index.html
// (an SPA host), text is sent gzipped when the browser asks for it (Lighthouse counts
// the bytes on the wire). Nothing is cached by HTTP (no-store), so every cold start
// fetches what it needs, or takes it from the app's own service worker, as an
// installed app does.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const zipped = new Map();

function gzipped(file, body) {
  if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
  return zipped.get(file);
}

/** Serves `root` on 127.0.0.1 (port 0: any free one). Returns the origin and a stop(). */
export async function serveStatic(root, port = 0) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(root, path === "/" ? "index.html" : path);
    let body;
    let type = TYPES[extname(file)] ?? "application/octet-stream";
    try {
      if (!file.startsWith(root)) throw new Error("outside the root");
      body = await readFile(file);
    } catch {
      body = await readFile(join(root, "index.html"));
      type = TYPES[".html"];
    }
    const headers = { "content-type": type, "cache-control": "no-store" };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipped(file, body);
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
