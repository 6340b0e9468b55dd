import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { defineConfig, runnerImport, type Plugin, type UserConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { CONTENT_SECURITY_POLICY } from "./scripts/csp.mjs";
import type * as Screens from "./src/app/screens";
import { preloadsFor, routePageFiles, routePagesOf, withPreloads } from "./scripts/route-pages.mjs";

/** The release an organisation approves: package.json's version (see CHANGELOG.md). */
const APP_VERSION = (
  JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

const BUILD_ID =
  process.env.HCW_BUILD_ID ??
  `${APP_VERSION} · ${new Date().toISOString().slice(0, 16).replace("T", " ")}`;

/**
 * The CSP meta tag goes into the built index.html only: the dev server injects inline
 * styles for hot reload, which a strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: "hcw-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "pre",
      handler: (html) =>
        html.replace(
          "<!-- csp -->",
          `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/** history.html and the like: index.html that also preloads one screen's code (see scripts/route-pages.mjs). */
function routePages(pages: Record<string, string[]>): Plugin {
  let outDir = "dist";
  let base = "/";
  return {
    name: "hcw-route-pages",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    async writeBundle(_options, bundle) {
      if (!("index.html" in bundle)) return; // the bench page's own build
      const html = await readFile(resolve(outDir, "index.html"), "utf8");
      for (const [page, modules] of Object.entries(pages)) {
        const files = preloadsFor(bundle, modules);
        await writeFile(resolve(outDir, `${page}.html`), withPreloads(html, files, base));
      }
    },
  };
}

/**
 * `npm run bench` (scripts/bench) runs a second build with HCW_BENCH=1 into the app's
 * output folder: only the bench page (src/bench/bench.html), which seeds and times the
 * database. A build of its own, so the app's files stay those of a normal build; the
 * service worker is not rebuilt, so it never precaches the bench page.
 */
const BENCH = process.env.HCW_BENCH === "1";

/** The screen table, read through Vite so its TypeScript needs no other loader. */
async function routePagesFromTable(): Promise<Record<string, string[]>> {
  const { module } = await runnerImport<typeof Screens>("/src/app/screens.ts", {
    configFile: false,
    logLevel: "silent",
  });
  return routePagesOf(module.SCREENS);
}

export default defineConfig(async (): Promise<UserConfig> => {
  const routePageModules = await routePagesFromTable();
  return {
    define: {
      __BUILD_ID__: JSON.stringify(BUILD_ID),
      __APP_VERSION__: JSON.stringify(APP_VERSION),
    },
    build: {
      outDir: process.env.HCW_OUT_DIR ?? "dist",
      // Inlined data: URLs would need a wider CSP; keep every asset a real file.
      assetsInlineLimit: 0,
      target: "es2022",
      sourcemap: false,
      rolldownOptions: {
        ...(BENCH ? { input: { bench: "src/bench/bench.html" } } : {}),
        // Everything the first screen needs in one file: left alone, the bundler split it
        // into seven (React, Dexie, small helpers), and each costs a request before anything
        // can draw (measured with Lighthouse: check-in LCP 2.4 to 2.1 s, History 2.7 to 2.4 s).
        // The date helpers and ChoiceGroup that later screens share go in one small chunk
        // too, rather than four tiny ones: History's first view fell from nine requests to
        // six, and its LCP from 2.45 to 2.3 s.
        output: {
          codeSplitting: {
            groups: [
              { name: "app", tags: ["$initial"], priority: 2 },
              {
                name: "common",
                test: /node_modules[\\/]date-fns|src[\\/]components[\\/]ChoiceGroup/,
                priority: 1,
              },
            ],
          },
        },
      },
      ...(BENCH ? { emptyOutDir: false } : {}),
    },
    preview: { host: "127.0.0.1", port: 4173, strictPort: true },
    plugins: [
      react(),
      contentSecurityPolicy(),
      routePages(routePageModules),
      VitePWA({
        disable: BENCH,
        registerType: "prompt",
        injectRegister: null,
        includeAssets: ["favicon.svg", "favicon.ico", "apple-touch-icon.png"],
        manifest: {
          id: "/",
          name: "Healing Centred Wellbeing",
          short_name: "Wellbeing",
          description:
            "A private wellbeing self-check and peer check-in tool. Everything stays on your device.",
          lang: "en-GB",
          start_url: "/",
          scope: "/",
          display: "standalone",
          background_color: "#f7f5f0",
          theme_color: "#1d5c57",
          categories: ["health", "medical", "lifestyle"],
          icons: [
            { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
            { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
            {
              src: "/icons/icon-maskable-512.png",
              sizes: "512x512",
              type: "image/png",
              purpose: "maskable",
            },
          ],
        },
        // Our own worker (src/sw/sw.ts): it precaches and routes as the generated one did,
        // and can also show a reminder notification when the phone wakes it.
        strategies: "injectManifest",
        srcDir: "src/sw",
        filename: "sw.ts",
        injectManifest: {
          globPatterns: ["**/*.{js,css,html,svg,png,ico,webmanifest,json}"],
          // The worker answers every address with index.html, so it never needs these.
          // An organisation's pack placed beside the build (docs/for-organisations.md) is
          // never precached either: the app fetches it fresh and keeps it in IndexedDB, so
          // a new version reaches devices without a new build of the app.
          globIgnores: [
            "**/node_modules/**/*",
            ...routePageFiles(routePageModules),
            "organisation-pack.json",
          ],
        },
      }),
    ],
  };
});
