import { useLatestCheckIn, useSetting } from "../../db/hooks";
import { isCheckInDue, REMINDER_SETTING } from "../../domain/reminders/reminder";
import { ReminderSchema } from "../../domain/reminders/schema";

/** A gentle note when the person's own reminder time has passed. Never a count. */
export default function DueCheckIn() {
  const stored = useSetting(REMINDER_SETTING);
  const latest = useLatestCheckIn();
  if (stored === undefined || latest === undefined) return null;
  const parsed = ReminderSchema.safeParse(stored);
  if (!parsed.success) return null;
  if (!isCheckInDue(parsed.data, latest?.createdAt ?? null, new Date())) return null;
  return (
    <p className="callout due-note">
      You asked to be reminded about a check-in. Whenever it suits you, it is here.
    </p>
  );
}
