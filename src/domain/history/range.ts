/**
 * The date ranges History can show. A preset is turned into inclusive ISO bounds
 * that the database's createdAt index can answer directly.
 */
import { endOfDay, isValid, parseISO, startOfDay, subMonths, subWeeks } from "date-fns";

export const RANGE_PRESETS = ["4-weeks", "3-months", "12-months", "all", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_LABELS: Record<RangePreset, string> = {
  "4-weeks": "Last 4 weeks",
  "3-months": "Last 3 months",
  "12-months": "Last 12 months",
  all: "Everything",
  custom: "Choose dates",
};

export interface DateBounds {
  from?: string;
  to?: string;
}

/** A calendar date typed by a person ("2026-11-01"), or null when it is not a real date. */
function localDay(value: string | undefined): Date | null {
  if (!value) return null;
  const parsed = parseISO(value);
  return isValid(parsed) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parsed : null;
}

/**
 * Inclusive bounds for a preset, counted back from `now` to the start of that day.
 * For "custom", either end may be left empty; a start after the end is swapped,
 * because the person clearly meant the dates between them.
 */
export function rangeFor(
  preset: RangePreset,
  now: Date,
  custom: { from?: string; to?: string } = {},
): DateBounds {
  switch (preset) {
    case "4-weeks":
      return { from: startOfDay(subWeeks(now, 4)).toISOString() };
    case "3-months":
      return { from: startOfDay(subMonths(now, 3)).toISOString() };
    case "12-months":
      return { from: startOfDay(subMonths(now, 12)).toISOString() };
    case "all":
      return {};
    case "custom": {
      let from = localDay(custom.from);
      let to = localDay(custom.to);
      if (from && to && from > to) [from, to] = [to, from];
      return {
        ...(from ? { from: startOfDay(from).toISOString() } : {}),
        ...(to ? { to: endOfDay(to).toISOString() } : {}),
      };
    }
  }
}

/** True when an ISO date-time falls inside the bounds (both inclusive). */
export function isWithin(iso: string, bounds: DateBounds): boolean {
  return (!bounds.from || iso >= bounds.from) && (!bounds.to || iso <= bounds.to);
}
