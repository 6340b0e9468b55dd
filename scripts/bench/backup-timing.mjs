// Backup export and restore of a data set, timed inside the bench page, with the
// storage floor measured in the same page between them.
import { withCopy } from "./chromium.mjs";
import { openBenchPage } from "./profiles.mjs";
import { repeat } from "./stats.mjs";

export const PASSPHRASE = "a long enough bench passphrase";

export async function measureBackup(profile, origin, runs, log) {
  return withCopy(
    profile.seeded,
    async (context) => {
      const page = await openBenchPage(context, origin);
      const before = await page.evaluate(() => window.hcwBench.counts());
      const rows = await repeat(runs, async (index) => {
        const floor = await page.evaluate(() => window.hcwBench.timeStorageFloor());
        const plainExport = await page.evaluate(() => window.hcwBench.timeExport(""));
        const plainRestore = await page.evaluate(() => window.hcwBench.timeRestore(""));
        const lockedExport = await page.evaluate((p) => window.hcwBench.timeExport(p), PASSPHRASE);
        const keyDerivation = await page.evaluate(
          (p) => window.hcwBench.timeKeyDerivation(p),
          PASSPHRASE,
        );
        const lockedRestore = await page.evaluate(
          (p) => window.hcwBench.timeRestore(p),
          PASSPHRASE,
        );
        log(
          `  #${index + 1}: floor ${floor.totalMs.toFixed(0)} ms, export ${plainExport.ms.toFixed(0)} ms, ` +
            `restore ${plainRestore.ms.toFixed(0)} ms, with passphrase ${lockedExport.ms.toFixed(0)} / ` +
            `${lockedRestore.ms.toFixed(0)} ms`,
        );
        return { floor, plainExport, plainRestore, lockedExport, lockedRestore, keyDerivation };
      });
      const after = await page.evaluate(() => window.hcwBench.counts());
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        throw new Error(`Restore changed the data: ${JSON.stringify({ before, after })}`);
      }
      return { counts: after, rows };
    },
    { serviceWorkers: "block" },
  );
}
