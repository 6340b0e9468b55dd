// How long a check-in is for a person on a phone (390x844): taps from Home to the
// result, the total height scrolled past, and the result page's height with and
// without a red flag. `node scripts/bench/check-in-length.mjs [base URL]`; it serves
// dist itself when no URL is given. Counts, not times: the same build gives the same.
import { chromium } from "@playwright/test";
import { resolveChromium } from "../browser.mjs";
import { serveStatic } from "../static-server.mjs";

const VIEWPORT = { width: 390, height: 844 };

async function run(base, { quick, redFlag }) {
  const browser = await chromium.launch({ executablePath: resolveChromium() });
  const page = await browser.newPage({ viewport: VIEWPORT, locale: "en-GB" });
  let taps = 0;
  let scrolled = 0;
  const tap = async (locator) => {
    taps += 1;
    await locator.click();
  };
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  await page.goto(base);
  const start = page.getByRole("link", {
    name: quick ? /Quick check-in/ : /Full check-in|Start a check-in/,
  });
  await start
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  if ((await start.count()) === 0) return null;
  await tap(start.first());
  const begin = page.getByRole("button", { name: "Start", exact: true });
  await page.locator("form.check-in, button.large").first().waitFor();
  if (await begin.isVisible()) {
    scrolled += await height();
    await tap(begin);
  }
  for (;;) {
    await page.locator("form.check-in").waitFor();
    scrolled += await height();
    const groups = page.locator("form.check-in fieldset");
    for (let i = 0; i < (await groups.count()); i += 1) {
      const radios = groups.nth(i).getByRole("radio");
      const flagged =
        (await groups.nth(i).locator("xpath=..").locator(".content-note").count()) > 0;
      // The lightest answer everywhere; a red-flag question gets its second answer if asked.
      await tap(radios.nth(flagged && redFlag ? 1 : 0));
      const back = page.getByRole("button", { name: "Go back to my check-in" });
      if (await back.isVisible().catch(() => false)) await tap(back);
    }
    const next = page.getByRole("button", { name: "Next" });
    if (await next.isVisible().catch(() => false)) await tap(next);
    else break;
  }
  await tap(page.getByRole("button", { name: "See my result" }));
  await page.getByRole("heading", { level: 1, name: "Your check-in result" }).waitFor();
  await page.getByRole("heading", { name: "Where you are today" }).waitFor();
  const result = await height();
  await browser.close();
  return { taps, scrolled, result };
}

const given = process.argv[2];
const dir = process.env.HCW_OUT_DIR ?? "dist";
const server = given ? null : await serveStatic({ root: () => dir });
const base = given ?? server.origin;
const rows = [];
for (const quick of [true, false]) {
  for (const redFlag of [false, true]) {
    const measured = await run(base, { quick, redFlag });
    rows.push({ kind: quick ? "quick" : "full", redFlag, ...measured });
  }
}
await server?.stop();
console.log(JSON.stringify(rows, null, 1));
for (const row of rows) {
  if (!row.taps) continue;
  console.log(
    `${row.kind}${row.redFlag ? " + red flag" : ""}: ${row.taps} taps, ${row.scrolled} px of check-in (${(row.scrolled / VIEWPORT.height).toFixed(1)} screens), result ${row.result} px (${(row.result / VIEWPORT.height).toFixed(1)} screens)`,
  );
}
