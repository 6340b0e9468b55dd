/**
 * The stored reminder setting, validated when read. Kept apart from the rules in
 * reminder.ts so that screens which only need the rules do not load zod.
 */
import { z } from "zod";

export const RHYTHMS = ["daily", "weekly", "fortnightly"] as const;
export type Rhythm = (typeof RHYTHMS)[number];

export const ReminderSchema = z.strictObject({
  rhythm: z.enum(RHYTHMS),
  /** Local time of day, "18:30". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 18:30."),
  /** The first day, "2026-11-23". */
  startOn: z.iso.date(),
  title: z.string().trim().min(1, "Give the reminder a title.").max(80),
});

export type Reminder = z.infer<typeof ReminderSchema>;
