import { isCheckInDue } from "../../domain/reminders/reminder";
import { ReminderSchema } from "../../domain/reminders/schema";

/** A gentle note when the person's own reminder time has passed. Never a count. */
export default function DueCheckIn({
  stored,
  lastCheckInAt,
}: {
  stored: unknown;
  lastCheckInAt: string | null;
}) {
  const parsed = ReminderSchema.safeParse(stored);
  if (!parsed.success) return null;
  if (!isCheckInDue(parsed.data, lastCheckInAt, new Date())) return null;
  return (
    <p className="callout due-note">
      You asked to be reminded about a check-in. Whenever it suits you, it is here.
    </p>
  );
}
