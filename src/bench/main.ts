/**
 * The bench page (src/bench/bench.html): built only by `npm run bench`, never imported
 * by the app. scripts/bench drives it with Playwright through `window.hcwBench`.
 */
import { openDatabase } from "../db/connection";
import { getDb } from "../db/database";
import { timeExport, timeKeyDerivation, timeRestore } from "./backup-timing";
import { timeChartDraw } from "./chart-draw";
import { seed } from "./seed";
import { timeStorageFloor } from "./storage-floor";

async function counts(): Promise<Record<string, number>> {
  const db = getDb();
  return {
    checkIns: await db.checkIns.count(),
    peerCheckIns: await db.peerCheckIns.count(),
    supervisionPreps: await db.supervisionPreps.count(),
  };
}

const api = {
  seed,
  counts,
  timeExport,
  timeRestore,
  timeKeyDerivation,
  timeStorageFloor,
  timeChartDraw,
};

declare global {
  interface Window {
    hcwBench?: typeof api;
  }
}

const status = document.getElementById("status");
void openDatabase().then((state) => {
  window.hcwBench = api;
  if (status) status.textContent = `Database: ${state}`;
  document.body.dataset.ready = state;
});
