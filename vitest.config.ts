import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * Node is the default test environment: it starts in a fraction of jsdom's time, and most
 * tests (src/domain, src/db with fake-indexeddb, content, scripts) need no page. jsdom is
 * for files that render or use the DOM: every `*.test.tsx` gets it by name, so a new
 * screen test works without a setting, plus the `.test.ts` files listed here (hooks
 * rendered with renderHook, code that reads window or document).
 */
const DOM_TESTS = [
  "src/**/*.test.tsx",
  "src/browser/after-paint.test.ts",
  "src/features/supervision/use-prep-editor.test.ts",
  "src/features/your-data/clear-device.test.ts",
  "src/features/organisation-pack/check-hosted.test.ts",
];
const ALL_TESTS = ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"];
/**
 * Pure code (lint keeps src/domain and src/content free of React, Dexie and the browser):
 * nothing in it holds state between files, so its files share one module graph instead of
 * loading it afresh for each file. On 2 cores that took them from 42 s to 18 s.
 */
const PURE_TESTS = ["src/domain/**/*.test.ts", "src/content/**/*.test.ts"];

const shared = {
  restoreMocks: true,
  // Property tests run 1,000 cases each; on 2 busy cores that can pass 5 s.
  testTimeout: 30_000,
};

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit-results.json" },
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "node",
          environment: "node",
          setupFiles: ["src/testing/setup.ts"],
          include: ALL_TESTS,
          exclude: [...DOM_TESTS, ...PURE_TESTS],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "pure",
          environment: "node",
          include: PURE_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "dom",
          environment: "jsdom",
          setupFiles: ["src/testing/setup.ts", "src/testing/setup-dom.ts"],
          include: DOM_TESTS,
        },
      },
    ],
  },
});
