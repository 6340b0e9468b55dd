/**
 * Past check-ins as the trend sees them, for tests: a day, a stage (null for "not
 * enough answers") and whether a red-flag answer was given.
 */
import type { TrendEntry } from "../domain/trend/assess";

export const TREND_START = Date.UTC(2026, 0, 1);

export type TrendEntryOptions = {
  /** A red-flag answer was given in this check-in. */
  redFlag?: boolean;
  /** Taken at this hour (UTC+1, so a late hour is still the written date); a plain date when missing. */
  hour?: number;
};

/** A check-in `day` days after 1 January 2026. */
export function trendEntry(
  day: number,
  stageIndex: number | null,
  { redFlag = false, hour }: TrendEntryOptions = {},
): TrendEntry {
  const date = new Date(TREND_START + day * 86_400_000).toISOString().slice(0, 10);
  const time = hour === undefined ? "" : `T${String(hour).padStart(2, "0")}:30:00+01:00`;
  return {
    date: `${date}${time}`,
    result: {
      status: stageIndex === null ? "not-enough" : "scored",
      stageIndex,
      redFlags: redFlag ? [{ itemId: "safety-1", optionId: "yes", kind: "self-harm" }] : [],
    },
  };
}

/** A check-in on a written date such as "2026-11-23". */
export function trendEntryOn(date: string, stageIndex: number | null, redFlag = false): TrendEntry {
  const day = Math.round((Date.parse(date) - TREND_START) / 86_400_000);
  return trendEntry(day, stageIndex, { redFlag });
}
