/** Dates as people read them in the UK, e.g. "Monday 23 November 2026, 9:15am". */
const dateTime = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
});

const longDay = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "Monday 16 November 2026" (without the comma some browsers put after the weekday). */
export function formatLongDay(date: Date): string {
  return longDay
    .formatToParts(date)
    .filter((part) => part.type !== "literal")
    .map((part) => part.value)
    .join(" ");
}

/** "16 Nov 2026". */
export function formatShortDate(date: Date): string {
  return dateOnly.format(date);
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return formatShortDate(new Date(iso));
}

/**
 * The local calendar day of a moment, e.g. "2026-11-16". Written out by hand: this
 * runs on Home, and a date library's formatter would bring its locale data along.
 */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A plain day ("2026-11-16") as local midnight, or a date-time as written; null if it is
 * neither. Written out by hand for the same reason as isoDay: Home reads follow-up days.
 * (new Date("2026-11-16") would take the day as UTC and can show the day before.)
 */
export function parseDay(iso: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
    const local = localDay(year, month, date);
    // "2026-02-30" is not a day.
    const real =
      local.getFullYear() === year && local.getMonth() === month && local.getDate() === date;
    return real ? local : null;
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Local midnight of a day; setFullYear, as `new Date(50, 0, 1)` would mean 1950. */
function localDay(year: number, month: number, date: number): Date {
  const local = new Date(0);
  local.setFullYear(year, month, date);
  local.setHours(0, 0, 0, 0);
  return local;
}

/** The plain day `days` calendar days after a plain day (local time, so clock changes do not matter). */
export function addDaysToDay(iso: string, days: number): string {
  const date = parseDay(iso);
  if (!date) throw new RangeError(`Not a day: ${iso}`);
  return isoDay(localDay(date.getFullYear(), date.getMonth(), date.getDate() + days));
}
