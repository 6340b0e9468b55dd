import { zodResolver } from "@hookform/resolvers/zod";
import { isoDay } from "../../domain/dates";
import { useForm } from "react-hook-form";
import { downloadFile } from "../../browser/download";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Field } from "../../components/Field";
import { useNotices } from "../../state/notices";
import { useSetting } from "../../db/hooks";
import { saveReminder } from "../../db/reminder-notify";
import { deleteSetting } from "../../db/settings";
import { reminderCalendarFile } from "../../domain/reminders/calendar";
import {
  DEFAULT_REMINDER_TITLE,
  REMINDER_SETTING,
  RHYTHM_LABELS,
} from "../../domain/reminders/reminder";
import { ReminderSchema, RHYTHMS, type Reminder } from "../../domain/reminders/schema";
import { turnOffNotifications } from "./reminder-notifications";
import { ReminderNotifications } from "./ReminderNotifications";

function ReminderForm({ saved }: { saved: Reminder | null }) {
  const show = useNotices((state) => state.show);
  const form = useForm<Reminder>({
    resolver: zodResolver(ReminderSchema),
    // The error summary takes focus first, as GOV.UK does.
    shouldFocusError: false,
    defaultValues: saved ?? {
      rhythm: "weekly",
      time: "17:30",
      startOn: isoDay(new Date()),
      title: DEFAULT_REMINDER_TITLE,
    },
  });
  const { errors, submitCount } = form.formState;
  const summary = (["time", "startOn", "title"] as const).flatMap((name) => {
    const message = errors[name]?.message;
    return message ? [{ fieldId: `reminder-${name}`, message }] : [];
  });

  const onSave = form.handleSubmit(async (reminder) => {
    try {
      // Notifications on this device follow the new time (if they are on).
      await saveReminder(reminder);
      const file = reminderCalendarFile(reminder, "check-in-reminder");
      if (!file.ok) return show({ tone: "problem", text: file.message });
      downloadFile("check-in-reminder.ics", file.ics, "text/calendar");
      show({
        tone: "info",
        text: "Reminder saved. Open the calendar file to add it to your calendar.",
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  });

  const turnOff = async () => {
    try {
      await deleteSetting(REMINDER_SETTING);
      await turnOffNotifications();
      show({
        tone: "info",
        text: "Reminder turned off here. To stop calendar alerts, delete the event in your calendar.",
      });
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSave(event)}>
      <ErrorSummary errors={summary} attempt={submitCount} />
      <ChoiceGroup
        legend="How often"
        options={RHYTHMS.map((rhythm) => ({ value: rhythm, label: RHYTHM_LABELS[rhythm] }))}
        registered={form.register("rhythm")}
      />
      <div className="date-fields">
        <Field
          id="reminder-time"
          label="Time"
          kind="time"
          error={errors.time?.message}
          {...form.register("time")}
        />
        <Field
          id="reminder-startOn"
          label="Starting on"
          kind="date"
          error={errors.startOn?.message}
          {...form.register("startOn")}
        />
      </div>
      <Field
        id="reminder-title"
        label="What the reminder says"
        hint="Others may see this on your screen or in a shared calendar, so a plain title is best."
        maxLength={80}
        error={errors.title?.message}
        {...form.register("title")}
      />
      <div className="actions">
        <button type="submit" className="button">
          {saved ? "Save and get the calendar file" : "Set a reminder"}
        </button>
        {saved ? (
          <button type="button" className="button secondary" onClick={() => void turnOff()}>
            Turn off reminder
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Reminders without a server: a repeating event for the person's own calendar. */
export function RemindersSettings() {
  const stored = useSetting(REMINDER_SETTING);
  if (stored === undefined) return null;
  const parsed = ReminderSchema.safeParse(stored);
  const saved = parsed.success ? parsed.data : null;
  return (
    <section aria-labelledby="reminders-heading" className="section">
      <h2 id="reminders-heading">Reminders</h2>
      <p>
        The app has no server, so it cannot send you messages from outside. Instead, it makes a
        calendar file you add to your own calendar, and Home shows when a check-in is due. Only if
        you would like one: there is no score to keep up.
      </p>
      {/* Keyed so the form starts from the saved reminder once it has loaded. */}
      <ReminderForm key={saved ? JSON.stringify(saved) : "new"} saved={saved} />
      {saved ? <ReminderNotifications reminder={saved} /> : null}
    </section>
  );
}
