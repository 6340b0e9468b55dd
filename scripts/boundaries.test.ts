// @vitest-environment node
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function problems(rule: string, file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === rule)
    .map((m) => `${m.line}: ${m.message}`);
}

const layerProblems = (file: string, code: string) => problems("hcw/layers", file, code);

describe("the import rules", () => {
  it("stop src/domain from loading a screen or Dexie, by dynamic import() too", async () => {
    const probe = [
      'export const screen = () => import("../features/home/HomePage");',
      'export const db = () => import("dexie");',
      'export { ChoiceGroup } from "../components/ChoiceGroup";',
      'export const fine = () => import("./dates");',
    ].join("\n");
    const problems = await layerProblems("src/domain/probe.ts", probe);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^1: src\/domain may not import from src\/features/);
    expect(problems[1]).toMatch(/^2: Only src\/db touches IndexedDB/);
    expect(problems[2]).toMatch(/^3: src\/domain may not import from src\/components/);
  });

  it("see imports however deep the file sits", async () => {
    const deep = 'import { db } from "../../../db/database";\nexport const x = db;';
    expect(await layerProblems("src/domain/peer/deeper/probe.ts", deep)).toEqual([
      expect.stringMatching(/^1: src\/domain may not import from src\/db/),
    ]);
    const feature = 'export const other = () => import("../../home/HomePage");';
    expect(await layerProblems("src/features/history/parts/probe.ts", feature)).toEqual([
      expect.stringMatching(/^1: A feature does not import another feature/),
    ]);
    expect(
      await layerProblems("src/features/history/parts/probe.ts", 'export * from "../HistoryPage";'),
    ).toEqual([]);
  });

  it("keep browser helpers free of stores, and stores free of components", async () => {
    const store = 'export const s = () => import("../state/notices");';
    expect(await layerProblems("src/browser/probe.ts", store)).toEqual([
      expect.stringMatching(/^1: src\/browser may not import from src\/state/),
    ]);
    expect(await layerProblems("src/domain/probe.ts", store)).toHaveLength(1);
    expect(await layerProblems("src/components/probe.ts", store)).toEqual([]);
    const part = 'import { Page } from "../components/Page";\nexport const p = Page;';
    expect(await layerProblems("src/state/probe.ts", part)).toEqual([
      expect.stringMatching(/^1: src\/state may not import from src\/components/),
    ]);
    const zustand = 'import { create } from "zustand";\nexport const c = create;';
    expect(await layerProblems("src/browser/probe.ts", zustand)).toHaveLength(1);
    expect(await layerProblems("src/state/probe.ts", zustand)).toEqual([]);
  });

  it("keep src/db and src/bench off the screens", async () => {
    const code = 'export const s = () => import("../features/home/HomePage");';
    expect(await layerProblems("src/db/probe.ts", code)).toHaveLength(1);
    expect(await layerProblems("src/bench/probe.ts", code)).toHaveLength(1);
  });
});

describe("file names", () => {
  const code = "export const x = 1;";
  it("fail a camelCase file, in src, tests and scripts alike", async () => {
    expect(await problems("hcw/file-names", "src/domain/peer/followUp.ts", code)).toEqual([
      expect.stringMatching(/"followUp.ts": name files in kebab-case \("follow-up"\)/),
    ]);
    expect(
      await problems("hcw/file-names", "src/features/peer/usePeerUpdate.ts", code),
    ).toHaveLength(1);
    expect(await problems("hcw/file-names", "tests/e2e/checkIn.spec.ts", code)).toHaveLength(1);
    expect(await problems("hcw/file-names", "scripts/makeIcons.mjs", code)).toHaveLength(1);
  });

  it("keep PascalCase for React component files", async () => {
    expect(await problems("hcw/file-names", "src/domain/Score.ts", code)).toEqual([
      expect.stringMatching(/PascalCase name is for a React component file/),
    ]);
    for (const ok of [
      "src/components/Field.tsx",
      "src/components/Field.test.tsx",
      "src/features/peer/use-peer-update.ts",
      "src/db/check-ins.test.ts",
      "src/app/main.tsx",
      "tests/e2e/check-in.spec.ts",
      "scripts/route-pages.d.mts",
    ])
      expect(await problems("hcw/file-names", ok, code), ok).toEqual([]);
  });
});

/** Every module of src that ships (tests and test helpers left out). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
    (path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
  );
}

/** Imports that run: `import type` and `export type` are gone after the build. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
    ) {
      const spec = node.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec)) found.push(spec.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.flatMap((spec) => resolveImport(file, spec) ?? []);
}

describe("the modules of src", () => {
  it("import one another without a cycle", () => {
    const files = sourceFiles(resolve(ROOT, "src"));
    const graph = new Map(files.map((file) => [file, runtimeImports(file)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const walk = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        const loop = path.slice(path.indexOf(file)).concat(file);
        cycles.push(loop.map((f) => relative(ROOT, f)).join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) walk(file, []);
    expect(files.length).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});
