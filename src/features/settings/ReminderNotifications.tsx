import { useEffect, useState } from "react";
import { REMINDER_NOTIFICATION } from "../../domain/reminders/notify";
import type { ReminderTiming } from "../../domain/reminders/reminder";
import {
  canNotifyHere,
  notificationsAreOn,
  turnOffNotifications,
  turnOnNotifications,
  type TurnOnOutcome,
} from "./reminder-notifications";

const OUTCOME: Record<TurnOnOutcome, string> = {
  on: "Done. Your phone decides when to look, so a reminder may come a little late.",
  denied:
    "Notifications are not allowed for this app, so nothing has changed. If you change your mind, you can allow them in your browser’s settings. The calendar reminder still works.",
  "not-ready":
    "The app is still getting ready on this device, so nothing has changed. Please try again in a minute.",
  "no-wake":
    "Your phone will not wake the app by itself yet, so nothing has changed. This usually works only once the app is added to your home screen. The calendar reminder still works.",
};

/** Notifications where the browser can wake an installed app; honest about what it cannot. */
export function ReminderNotifications({ reminder }: { reminder: ReminderTiming }) {
  const [supported] = useState(canNotifyHere);
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (!supported) return;
    let live = true;
    notificationsAreOn().then(
      (value) => live && setOn(value),
      () => live && setOn(false),
    );
    return () => {
      live = false;
    };
  }, [supported]);

  const turnOn = async () => {
    setBusy(true);
    setMessage("");
    try {
      // First thing after the tap: browsers only ask for permission from a tap.
      const outcome = await turnOnNotifications(reminder);
      setOn(outcome === "on");
      setMessage(OUTCOME[outcome]);
    } catch (problem) {
      setMessage((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    setMessage("");
    try {
      await turnOffNotifications();
      setOn(false);
      setMessage("Notifications are off on this device.");
    } catch (problem) {
      setMessage((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reminder-notifications">
      <h3>Notifications on this device</h3>
      {!supported ? (
        <p>
          This browser cannot show reminders by itself. The calendar reminder above works on every
          phone and computer.
        </p>
      ) : (
        <>
          <p>
            Your phone can also show a small notification when a check-in time has passed and you
            have not checked in since. It only says “{REMINDER_NOTIFICATION.title}”: nothing about
            what it is for. Your phone may show the app’s short name, “Wellbeing”, beside it, and
            most phones can hide notification words on the lock screen in their settings.
          </p>
          <p>
            Your phone decides when to wake the app to look. It can be hours late, and it usually
            only happens if the app is on your home screen and you open it now and then. The
            calendar reminder is the one you can rely on.
          </p>
          {on === null ? (
            <p className="loading">Checking…</p>
          ) : (
            <>
              {on ? (
                <p>
                  <strong>Notifications are on for this device.</strong>
                </p>
              ) : null}
              {/* One button whose words change, so keyboard focus stays on it. */}
              <div className="actions">
                <button
                  type="button"
                  className="button secondary"
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    if (!busy) void (on ? turnOff() : turnOn());
                  }}
                >
                  {on ? "Turn off notifications" : "Turn on notifications"}
                </button>
              </div>
            </>
          )}
        </>
      )}
      <p className="hint" role="status">
        {message}
      </p>
    </div>
  );
}
