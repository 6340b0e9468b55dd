import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import { boundaries } from "./scripts/boundaries.mjs";

/**
 * Import boundaries: one rule that resolves each import (dynamic import() too) to the
 * folder of src it lands in. The layers and what each may not import are in
 * scripts/boundaries.mjs; the README draws them; scripts/boundaries.test.ts proves the rule
 * catches a forbidden dynamic import, and that there are no import cycles. The same file
 * holds the one file-name convention (hcw/file-names), for src, tests and scripts.
 */
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
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/testing/**"],
    plugins: { hcw: boundaries },
    rules: { "hcw/layers": "error" },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.ts", "scripts/**/*.{ts,mjs,mts}"],
    plugins: { hcw: boundaries },
    rules: { "hcw/file-names": "error" },
  },
  {
    // The service worker runs with its own globals.
    files: ["src/sw/**/*.ts"],
    languageOptions: { globals: globals.serviceworker },
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
