// Turns the raw runs into figures: medians, and each one's ratio to its floor
// (or to the small data set).
import { figure, ratio } from "./stats.mjs";

const pickMs = (rows, key) => rows.map((row) => row[key]);

export function summariseColdStarts(cold) {
  const out = {};
  for (const [size, rows] of Object.entries(cold)) {
    out[size] = {
      interactive: figure(pickMs(rows, "interactiveMs")),
      settled: figure(pickMs(rows, "settledMs")),
      fromServiceWorker: rows.every((row) => row.fromServiceWorker),
      ...(size === "empty"
        ? {}
        : {
            history: figure(pickMs(rows, "historyMs")),
            everything: figure(pickMs(rows, "everythingMs")),
            everythingPoints: rows[0]?.everythingPoints,
            historyItems: rows[0]?.historyItems,
            chartPoints: rows[0]?.chartPoints,
          }),
    };
  }
  const floor = out.empty?.interactive.medianMs;
  for (const size of Object.keys(out)) {
    out[size].interactive.ratio = ratio(out[size].interactive.medianMs, floor);
  }
  if (out.small?.history && out.large?.history) {
    out.large.history.ratio = ratio(out.large.history.medianMs, out.small.history.medianMs);
    out.small.history.ratio = 1;
    out.large.everything.ratio = ratio(
      out.large.everything.medianMs,
      out.small.everything.medianMs,
    );
    out.small.everything.ratio = 1;
  }
  return out;
}

export function summariseBackup(backup) {
  const rows = backup.rows;
  const floor = {
    total: figure(rows.map((r) => r.floor.totalMs)),
    write: figure(rows.map((r) => r.floor.writeMs)),
    readByDate: figure(rows.map((r) => r.floor.readMs)),
    checkInsRead: figure(rows.map((r) => r.floor.checkInsReadMs)),
    stringify: figure(rows.map((r) => r.floor.stringifyMs)),
    parse: figure(rows.map((r) => r.floor.parseMs)),
    records: rows[0]?.floor.records,
    jsonBytes: rows[0]?.floor.bytes,
  };
  const timed = (key, parts) => ({
    ...figure(rows.map((r) => r[key].ms)),
    parts: Object.fromEntries(
      parts.map((part) => [part, figure(rows.map((r) => r[key][part])).medianMs]),
    ),
  });
  const result = {
    counts: backup.counts,
    floor,
    export: timed("plainExport", ["readMs", "fileMs"]),
    restore: timed("plainRestore", ["checkMs", "writeMs"]),
    exportWithPassphrase: timed("lockedExport", ["readMs", "fileMs"]),
    restoreWithPassphrase: timed("lockedRestore", ["checkMs", "writeMs"]),
    keyDerivation: figure(rows.map((r) => r.keyDerivation.ms)),
    fileBytes: rows[0]?.plainExport.bytes,
    encryptedFileBytes: rows[0]?.lockedExport.bytes,
    restoredRecords: rows[0]?.plainRestore.records,
  };
  for (const key of ["export", "restore", "exportWithPassphrase", "restoreWithPassphrase"]) {
    result[key].ratio = ratio(result[key].medianMs, floor.total.medianMs);
  }
  return result;
}

export function summariseCheckIns(checkIns) {
  const out = {};
  for (const [size, rows] of Object.entries(checkIns)) {
    out[size] = { ...figure(rows.map((r) => r.ms)), steps: rows[0]?.steps };
  }
  if (out.small && out.large) {
    out.small.ratio = 1;
    out.large.ratio = ratio(out.large.medianMs, out.small.medianMs);
  }
  return out;
}
