import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

/**
 * Import boundaries (see ../shared/notes/style.md): app -> features -> components/domain/db,
 * db -> domain, domain -> nothing. Only src/db touches Dexie. A feature never reaches
 * into another feature.
 */
const layer = (name) => ({
  regex: `(^|/)(\\.\\./)+${name}(/|$)`,
  message: `This layer may not import from src/${name} (see the import rules in eslint.config.js).`,
});
const pkg = (name, why) => ({ name, message: why });

const noDexie = [
  pkg("dexie", "Only src/db touches IndexedDB: use a repository from src/db."),
  pkg("dexie-react-hooks", "Use the hooks exported by src/db."),
];
const noReact = ["react", "react-dom", "wouter", "zustand"].map((name) =>
  pkg(name, "This layer is pure TypeScript: no React or UI state here."),
);

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-*",
      "coverage",
      "test-results",
      "playwright-report",
      "node_modules",
      "bench/out",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never inject HTML: render text as text.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "jsx-a11y/no-autofocus": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...noDexie, ...noReact],
          patterns: ["app", "features", "components", "db", "content", "testing"].map(layer),
        },
      ],
    },
  },
  {
    files: ["src/content/**/*.ts"],
    ignores: ["src/content/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...noDexie, ...noReact],
          patterns: ["app", "features", "components", "db"].map(layer),
        },
      ],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: noReact.filter((p) => p.name !== "react"),
          patterns: ["app", "features", "components", "content"].map(layer),
        },
      ],
    },
  },
  {
    // The service worker: its own modules and pure rules from src/domain, nothing of the
    // page (no React, no Dexie, no screens, no src/db: it reads IndexedDB by itself).
    files: ["src/sw/**/*.ts"],
    languageOptions: { globals: globals.serviceworker },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...noDexie, ...noReact],
          patterns: ["app", "features", "components", "db", "content", "testing"].map(layer),
        },
      ],
    },
  },
  {
    files: ["src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: noDexie, patterns: ["app", "features", "db"].map(layer) },
      ],
    },
  },
  {
    files: ["src/features/*/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: noDexie,
          patterns: [
            layer("app"),
            {
              regex: "^\\.\\./(?!\\.\\.)",
              message:
                "A feature does not import another feature's internals: move shared code to src/components or src/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/*/*/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: noDexie,
          patterns: [
            layer("app"),
            {
              regex: "^\\.\\./\\.\\./(?!\\.\\.)",
              message:
                "A feature does not import another feature's internals: move shared code to src/components or src/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/**/*.test.{ts,tsx}",
      "src/testing/**",
      "tests/**",
      "scripts/**",
      "*.config.{ts,js}",
    ],
    rules: { "no-restricted-imports": "off" },
  },
);
