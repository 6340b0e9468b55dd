import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { screenAt } from "../src/app/routes";
import { SCREENS } from "../src/app/screens";
import { preloadsFor, routePagesOf, withPreloads } from "./route-pages.mjs";

const ROUTE_PAGES = routePagesOf(SCREENS);

type Chunk = {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
};

function chunk(fileName: string, imports: string[], facade?: string, entry = false): Chunk {
  return {
    type: "chunk",
    fileName,
    isEntry: entry,
    isDynamicEntry: facade !== undefined && !entry,
    facadeModuleId: facade ?? null,
    imports,
  };
}

const bundle = Object.fromEntries(
  [
    chunk("assets/index.js", ["assets/runtime.js"], "/app/index.html", true),
    chunk("assets/runtime.js", []),
    chunk(
      "assets/HistoryPage.js",
      ["assets/index.js", "assets/runtime.js", "assets/assess.js", "assets/common.js"],
      "/app/src/features/history/HistoryPage.tsx",
    ),
    chunk("assets/assess.js", ["assets/index.js", "assets/common.js"]),
    chunk("assets/common.js", ["assets/runtime.js"]),
    chunk("assets/default-pack.js", [], "/app/src/content/default-pack/index.ts"),
    chunk("assets/PeerPage.js", ["assets/index.js"], "/app/src/features/peer/PeerPage.tsx"),
  ].map((c) => [c.fileName, c]),
);

describe("route pages", () => {
  it("preloads a screen's chunks and the chunks they import, but not the first download", () => {
    const files = preloadsFor(bundle, [
      "src/features/history/HistoryPage.tsx",
      "src/content/default-pack/index.ts",
    ]);
    expect(files.sort()).toEqual([
      "assets/HistoryPage.js",
      "assets/assess.js",
      "assets/common.js",
      "assets/default-pack.js",
    ]);
  });

  it("stops the build when a screen named for a page has no chunk of its own", () => {
    expect(() => preloadsFor(bundle, ["src/features/history/Gone.tsx"])).toThrow(/Gone\.tsx/);
  });

  it("adds one modulepreload link per file inside the head, and nothing else", () => {
    const html = '<html><head><title>x</title></head><body><div id="root"></div></body></html>';
    const out = withPreloads(html, ["assets/a.js", "assets/b.js"]);
    expect(
      out.match(/<link rel="modulepreload" crossorigin href="\/assets\/[ab]\.js" \/>/g),
    ).toHaveLength(2);
    expect(out.indexOf("assets/b.js")).toBeLessThan(out.indexOf("</head>"));
    expect(
      out.replace(/\s*<link rel="modulepreload"[^>]*>/g, "").replace(/\s+<\/head>/, "</head>"),
    ).toBe(html);
  });

  it("writes a base with a dollar sign as it is", () => {
    expect(withPreloads("<head></head>", ["a.js"], "/$&/")).toContain('href="/$&/a.js"');
  });

  it("never preloads what the first download brings, and always brings a chunk's imports", () => {
    // Random chunk graphs: chunk i may import any chunk j < i; chunk 0 is the entry.
    const graphs = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), {
          minLength: n,
          maxLength: n,
        }),
      ),
    );
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const name = (i: number) => `assets/c${i}.js`;
        const chunks = Array.from({ length: n }, (_, i) =>
          chunk(
            name(i),
            Array.from({ length: i }, (_, j) => j)
              .filter((j) => edges[i]?.[j] === true)
              .map(name),
            i === 0 ? "/app/index.html" : `/app/src/m${i}.ts`,
            i === 0,
          ),
        );
        const graph = new Map(chunks.map((c) => [c.fileName, c]));
        const importsOf = (f: string) => graph.get(f)?.imports ?? [];
        const start = n - 1;
        const files = new Set(preloadsFor(Object.fromEntries(graph), [`src/m${start}.ts`]));
        const initial = new Set<string>();
        const mark = (f: string) => {
          if (initial.has(f)) return;
          initial.add(f);
          importsOf(f).forEach(mark);
        };
        mark(name(0));
        for (const f of files) {
          expect(initial.has(f)).toBe(false);
          for (const next of importsOf(f)) expect(files.has(next) || initial.has(next)).toBe(true);
        }
        expect(files.has(name(start)) || initial.has(name(start))).toBe(true);
      }),
    );
  });

  it("names only screens the app loads lazily at those addresses", () => {
    for (const page of Object.keys(ROUTE_PAGES)) {
      expect(screenAt(`/${page}`)?.preload, page).toBeTypeOf("function");
    }
  });
});

describe("the screen table", () => {
  it("loads, for each screen, the very module it names for the build to preload", async () => {
    const root = new URL("../", import.meta.url);
    for (const screen of SCREENS) {
      const named: unknown = await import(/* @vite-ignore */ new URL(screen.module, root).href);
      if ("load" in screen) expect(await screen.load(), screen.path).toBe(named);
      else expect(named, screen.path).toBeTypeOf("object");
    }
  });
});
