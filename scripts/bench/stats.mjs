// Small helpers for figures: medians, rounding and ratios.

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A figure: the median and every run, in milliseconds rounded to 0.1. */
export function figure(runs) {
  const round = (v) => Math.round(v * 10) / 10;
  const m = median(runs);
  return { medianMs: m === null ? null : round(m), runsMs: runs.map(round) };
}

export function ratio(value, floor) {
  if (value == null || floor == null || floor === 0) return null;
  return Math.round((value / floor) * 100) / 100;
}

export async function repeat(times, once) {
  const results = [];
  for (let run = 0; run < times; run++) results.push(await once(run));
  return results;
}
