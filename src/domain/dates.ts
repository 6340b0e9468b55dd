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
