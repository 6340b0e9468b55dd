// A tiny static host, like any real one: "/history" is history.html when there is one,
// and other unknown paths get index.html (an SPA host).
// Used by `npm run bench` (gzip on, nothing cached, as Lighthouse counts bytes on the
// wire) and by the update test (its folder is swapped while it runs, as a deploy would).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
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

const isFile = (path) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * Serves the folder `root()` names at each request on 127.0.0.1 (port 0: any free one).
 * `answer(path)` may answer a path itself, as a host's own rule would (a redirect, say).
 * Every path asked for is added to `requests`. Returns the origin and a stop().
 */
export async function serveStatic({
  root,
  port = 0,
  gzip = false,
  cacheControl = "no-store",
  answer = () => undefined,
}) {
  const zipped = new Map();
  const requests = [];
  const server = createServer(async (req, res) => {
    const base = resolve(root());
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    requests.push(path);
    const own = answer(path);
    if (own) {
      res.writeHead(own.status, own.headers ?? {});
      res.end(own.body ?? "");
      return;
    }
    // "/history" is history.html when there is one (see scripts/route-pages.mjs).
    const page = extname(path) === "" && path !== "/" ? join(base, `${path}.html`) : null;
    const file =
      page && (await isFile(page)) ? page : join(base, path === "/" ? "index.html" : path);
    let body;
    let type = TYPES[extname(file)] ?? "application/octet-stream";
    try {
      if (!file.startsWith(base)) throw new Error("outside the root");
      body = await readFile(file);
    } catch {
      body = await readFile(join(base, "index.html"));
      type = TYPES[".html"];
    }
    const headers = { "content-type": type, "cache-control": cacheControl };
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
      body = zipped.get(file);
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    stop: () => new Promise((done) => server.close(done)),
  };
}
