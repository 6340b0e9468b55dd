// Fails the build when the first screen's JavaScript grows past its budget.
import { entrySizes } from "./entry-size.mjs";

// Raised from 120 KB on 2026-12-06 (issue 18): Help now's crisis contacts, for every
// region and with the ways to reach help without speaking, stay in the first download,
// so help never waits on a second file (about 3 KB gzip). Find savings before raising it.
const BUDGET_KB = 122;
const files = await entrySizes(process.argv[2] ?? process.env.HCW_OUT_DIR ?? "dist");
if (files.length === 0) {
  console.error(
    "Budget check: no module script found in dist/index.html. Run `npm run build` first.",
  );
  process.exit(1);
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
for (const f of files) {
  total += f.gzip;
  console.log(`  ${f.file}: ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip`);
}
console.log(`Entry JavaScript: ${kb(total)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} KB. Load more of the app lazily.`);
  process.exit(1);
}
