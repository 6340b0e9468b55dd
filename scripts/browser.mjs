// Finds a Chromium for Playwright, in one place: $CHROMIUM_PATH, then the system
// package, then Playwright's own download. Returns undefined when none is found.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const INSTALL_HINT =
  "No Chromium was found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) " +
  "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.";

export function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of SYSTEM_PATHS) if (existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}
