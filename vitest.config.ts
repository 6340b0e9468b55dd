import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    setupFiles: ["src/testing/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    restoreMocks: true,
    // Property tests run 1,000 cases each; on 2 busy cores that can pass 5 s.
    testTimeout: 30_000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/unit-results.json" },
  },
});
