import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * A tiny static host whose folder can be swapped while it runs: serve build 1, then
 * build 2, as a real deploy would. Unknown paths fall back to index.html (like any SPA host).
 */
export class SwappableStaticServer {
  root: string;
  private server: Server | undefined;

  constructor(root: string) {
    this.root = root;
  }

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const file = join(this.root, path === "/" ? "index.html" : path);
      let body: Buffer;
      let type = TYPES[extname(file)] ?? "application/octet-stream";
      try {
        body = await readFile(file);
      } catch {
        body = await readFile(join(this.root, "index.html"));
        type = TYPES[".html"]!;
      }
      res.writeHead(200, { "content-type": type, "cache-control": "no-cache" });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
