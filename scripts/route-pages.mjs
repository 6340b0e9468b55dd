// A page of its own for each screen that loads lazily, so a person who opens one
// straight from its address (a bookmark, a reload, a shared link) gets its code and
// content pack in the same round of downloads as the app, not one round later.
//
// Each page is index.html plus <link rel="modulepreload"> for that screen's chunks.
// Their stylesheets still load when the screen starts: preloading those as well made
// Lighthouse's first paint later (1.79 to 1.87 s) and its LCP no sooner.
// `/history` is served from `history.html` by vite preview, scripts/static-server.mjs
// and most static hosts ("clean URLs"); a host that does not do that serves index.html,
// which works the same, only a little later. Once the app is installed its service
// worker answers every address with index.html from its cache, so these pages matter
// only before that.

export const PACK = "src/content/default-pack/index.ts";

/**
 * Screen page name -> the modules its first view loads (paths from the project root),
 * for each screen the table (src/app/screens.ts) gives a page of its own: its module,
 * with the content pack when it needs the pack.
 */
export function routePagesOf(screens) {
  return Object.fromEntries(
    screens
      .filter((screen) => screen.ownPage)
      .map((screen) => [
        screen.path.slice(1),
        screen.pack ? [screen.module, PACK] : [screen.module],
      ]),
  );
}

/** The files the service worker should not precache: it never serves them. */
export function routePageFiles(pages) {
  return Object.keys(pages).map((page) => `${page}.html`);
}

/**
 * The JavaScript files to preload for the given modules: the chunk each module starts,
 * and every chunk those import, leaving out what the first download already brings.
 * `bundle` is the bundler's output (fileName -> chunk or asset).
 */
export function preloadsFor(bundle, modules) {
  const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withImports = (start) => {
    const seen = new Set();
    const visit = (fileName) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      for (const next of byFile.get(fileName)?.imports ?? []) visit(next);
    };
    start.forEach(visit);
    return seen;
  };
  const initial = withImports(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const starts = modules.map((module) => {
    const chunk = chunks.find(
      (c) => c.isDynamicEntry && c.facadeModuleId?.replaceAll("\\", "/").endsWith(`/${module}`),
    );
    if (!chunk) throw new Error(`route-pages: no lazy chunk starts at ${module}`);
    return chunk.fileName;
  });
  return [...withImports(starts)].filter((fileName) => !initial.has(fileName));
}

/** index.html with a modulepreload link for each file, at the end of its head. */
export function withPreloads(html, files, base = "/") {
  if (!html.includes("</head>")) throw new Error("route-pages: index.html has no </head>");
  const links = files
    .map((file) => `    <link rel="modulepreload" crossorigin href="${base}${file}" />\n`)
    .join("");
  return html.replace("</head>", () => `\n${links}  </head>`);
}
