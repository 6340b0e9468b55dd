// Makes sure the browser tests have a Chromium: the one found by scripts/browser.mjs, or
// Playwright's installer, or (as root, where downloads are blocked) the system package.
import { execSync } from "node:child_process";
import { INSTALL_HINT, resolveChromium } from "./browser.mjs";

function attempt(command) {
  try {
    console.log(`Browser tests: trying \`${command}\``);
    execSync(command, { stdio: "inherit", timeout: 10 * 60 * 1000 });
    return true;
  } catch {
    return false;
  }
}

if (!resolveChromium()) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!attempt("npx playwright install chromium") || !resolveChromium()) {
    if (root) attempt("apt-get update -qq && apt-get install -y -qq chromium");
  }
}
const found = resolveChromium();
if (!found) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
