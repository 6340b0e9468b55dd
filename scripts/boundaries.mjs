import { basename, dirname, relative, resolve, sep } from "node:path";

/**
 * The import rules of src (README, "How the code is laid out"), as one ESLint rule that
 * resolves every import to the folder it lands in: static imports, re-exports and dynamic
 * `import()` alike, at any depth. Regexes on the import text missed `import()` and anything
 * more than two folders down.
 *
 * Each layer lists the layers and packages it may not import. A feature may also not reach
 * into another feature. Tests, src/testing and scripts are free.
 */
const DEXIE = ["dexie", "dexie-react-hooks"];
const UI = ["react", "react-dom", "wouter", "zustand"];

/** @type {Record<string, { layers: string[]; packages: string[] }>} */
export const LAYER_RULES = {
  domain: {
    layers: [
      "app",
      "features",
      "components",
      "state",
      "browser",
      "db",
      "content",
      "testing",
      "bench",
      "sw",
    ],
    packages: [...DEXIE, ...UI],
  },
  content: {
    layers: ["app", "features", "components", "state", "browser", "db", "testing", "bench", "sw"],
    packages: [...DEXIE, ...UI],
  },
  db: {
    layers: [
      "app",
      "features",
      "components",
      "state",
      "browser",
      "content",
      "testing",
      "bench",
      "sw",
    ],
    packages: ["react-dom", "wouter", "zustand"],
  },
  // The service worker reads IndexedDB by itself: nothing of the page.
  sw: {
    layers: [
      "app",
      "features",
      "components",
      "state",
      "browser",
      "db",
      "content",
      "testing",
      "bench",
    ],
    packages: [...DEXIE, ...UI],
  },
  // Helpers over browser APIs and promises (downloads, sharing, paints, leaving the page):
  // React hooks at most, no stores, nothing of the app.
  browser: {
    layers: ["app", "features", "components", "state", "db", "content", "testing", "bench", "sw"],
    packages: [...DEXIE, "react-dom", "wouter", "zustand"],
  },
  // zustand stores and the hooks over them (appearance, notices, the active pack, autosave).
  state: {
    layers: ["app", "features", "components", "db", "testing", "bench", "sw"],
    packages: [...DEXIE, "react-dom", "wouter"],
  },
  components: { layers: ["app", "features", "db", "testing", "bench", "sw"], packages: DEXIE },
  features: { layers: ["app", "testing", "bench", "sw"], packages: DEXIE },
  app: { layers: ["testing", "bench", "sw"], packages: DEXIE },
  // The bench page seeds and times the database, and draws the chart component alone to
  // time it: shared components and React, but no screens, no app, no routing or stores.
  bench: { layers: ["app", "features", "state", "sw"], packages: ["wouter", "zustand"] },
};

const WHY = {
  dexie: "Only src/db touches IndexedDB: use a repository from src/db.",
  "dexie-react-hooks": "Only src/db touches IndexedDB: use the hooks exported by src/db.",
};

/** "src/features/home/x.ts" -> ["features", "home"]; outside src -> [] */
function placeOf(file, root) {
  const parts = relative(root, file).split(sep);
  return parts[0] === "src" && parts.length > 2 ? [parts[1], parts[2]] : [];
}

function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function specifierOf(node) {
  const source = node.source;
  if (!source) return undefined;
  if (source.type === "Literal" && typeof source.value === "string") return source.value;
  if (source.type === "TemplateLiteral" && source.expressions.length === 0)
    return source.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layers of src, dynamic import() included." },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const [layer, feature] = placeOf(file, root);
    const rules = layer ? LAYER_RULES[layer] : undefined;
    if (!rules) return {};

    function check(node) {
      const specifier = specifierOf(node);
      if (specifier === undefined) return;
      if (!specifier.startsWith(".")) {
        const name = packageOf(specifier);
        if (rules.packages.includes(name))
          context.report({
            node,
            message:
              WHY[name] ??
              `src/${layer} may not import "${name}": this layer is pure TypeScript, no React or UI state.`,
          });
        return;
      }
      const [target, targetFeature] = placeOf(resolve(dirname(file), specifier), root);
      if (!target) return;
      if (rules.layers.includes(target))
        context.report({
          node,
          message: `src/${layer} may not import from src/${target} (see the import rules in scripts/boundaries.mjs).`,
        });
      else if (layer === "features" && target === "features" && targetFeature !== feature)
        context.report({
          node,
          message:
            "A feature does not import another feature's internals: move shared code to src/components or src/domain.",
        });
    }

    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

/**
 * One way to name a file: a React component file is PascalCase `.tsx` (`CheckInPage.tsx`);
 * every other file is kebab-case (`use-prep-editor.ts`, `check-ins.ts`, `main.tsx`). A test
 * takes its subject's name (`CheckInPage.test.tsx`, `check-ins.test.ts`).
 * @returns a reason the name is wrong, or undefined when it is right
 */
export function fileNameProblem(file) {
  const name = basename(file);
  const stem = name.split(".")[0] ?? "";
  if (PASCAL.test(stem)) {
    return name.endsWith(".tsx")
      ? undefined
      : `"${name}": a PascalCase name is for a React component file (.tsx); name other files in kebab-case.`;
  }
  if (KEBAB.test(stem)) return undefined;
  return `"${name}": name files in kebab-case ("${stem.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}"), or PascalCase .tsx for a React component.`;
}

/** @type {import("eslint").Rule.RuleModule} */
const fileNamesRule = {
  meta: {
    type: "problem",
    docs: { description: "Component files are PascalCase .tsx; every other file is kebab-case." },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const message = fileNameProblem(context.filename);
        if (message) context.report({ node, message });
      },
    };
  },
};

export const boundaries = { rules: { layers: layersRule, "file-names": fileNamesRule } };
