import { useState } from "react";
import { Link } from "wouter";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { useLockPreferences, type AutoLockMinutes } from "../../state/lock-preferences";
import { useNotices } from "../../state/notices";
import { useLockStatus } from "../../db/hooks";
import { changePasscode, lockNow, turnOffLock, turnOnLock } from "../../db/lock";
import { PasscodeForm } from "./PasscodeForm";

type Open = "none" | "set" | "change" | "off";

const AUTO_LOCK = [
  { value: "1", label: "After 1 minute without use" },
  { value: "5", label: "After 5 minutes without use" },
  { value: "15", label: "After 15 minutes without use" },
  { value: "never", label: "Only when I lock it" },
] as const;

/** The passcode lock: off by default, explained before it is set, never a trap. */
export function LockSettings() {
  const status = useLockStatus();
  const [open, setOpen] = useState<Open>("none");
  const show = useNotices((state) => state.show);
  const prefs = useLockPreferences();
  const done = (text: string) => {
    setOpen("none");
    show({ tone: "info", text });
    return null;
  };
  // A wrong passcode is shown at the box it was typed in; anything else (a full disk, a
  // storage problem) is not about the passcode, so it comes as a notice and the form stays.
  const problemText = (error: unknown): string | null => {
    if ((error as Error).name === "WrongPasscodeError") {
      return "That passcode did not work. Please try again.";
    }
    show({ tone: "problem", text: (error as Error).message });
    return null;
  };

  if (status === "off") {
    return (
      <div className="lock-settings">
        <h3>Passcode lock</h3>
        <p>
          A passcode keeps your records private if someone else uses this phone. While it is on,
          your records are stored scrambled (encrypted), and only your passcode opens them.
        </p>
        {open === "set" ? (
          <PasscodeForm
            fields={[{ id: "new-passcode", label: "New passcode", isNew: true }]}
            submitLabel="Turn on the lock"
            busyLabel="Locking your records…"
            onCancel={() => setOpen("none")}
            onSubmit={async ([passcode = ""]) => {
              try {
                await turnOnLock(passcode);
                return done("The lock is on. Your records are now stored encrypted.");
              } catch (error) {
                return problemText(error);
              }
            }}
          >
            <p className="callout">
              <strong>Please read this first.</strong> If you forget the passcode, nobody can open
              your records, not even us. It cannot be reset. A backup file keeps a copy you can
              restore. <Link href="/settings/data">Make a backup first</Link>.
            </p>
            <p className="hint">
              Anything saved before the lock is on can stay in your browser’s own files for a while,
              even after the app has scrambled it. Turning the lock on before you save anything
              avoids that.
            </p>
          </PasscodeForm>
        ) : (
          <button type="button" className="button secondary" onClick={() => setOpen("set")}>
            Set a passcode
          </button>
        )}
      </div>
    );
  }

  return (
    <div className="lock-settings">
      <h3>Passcode lock</h3>
      <p>The lock is on. Your records are stored encrypted on this device.</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => lockNow({ everywhere: true })}>
          Lock now
        </button>
      </div>
      <ChoiceGroup
        legend="Lock by itself"
        name="auto-lock"
        value={prefs.autoLockMinutes === null ? "never" : String(prefs.autoLockMinutes)}
        options={AUTO_LOCK}
        onChange={(value) =>
          prefs.setAutoLockMinutes(
            value === "never" ? null : (Number(value) as Exclude<AutoLockMinutes, null>),
          )
        }
      />
      <label className="choice checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={prefs.lockWhenHidden}
          onChange={(event) => prefs.setLockWhenHidden(event.target.checked)}
        />
        <span>Lock when I leave the app or the screen turns off</span>
      </label>
      {open === "change" ? (
        <PasscodeForm
          fields={[
            { id: "current-passcode", label: "Current passcode" },
            { id: "changed-passcode", label: "New passcode", isNew: true },
          ]}
          submitLabel="Change passcode"
          busyLabel="Changing…"
          onCancel={() => setOpen("none")}
          onSubmit={async ([current = "", next = ""]) => {
            try {
              await changePasscode(current, next);
              return done("Passcode changed.");
            } catch (error) {
              return problemText(error);
            }
          }}
        />
      ) : open === "off" ? (
        <PasscodeForm
          fields={[{ id: "off-passcode", label: "Your passcode" }]}
          submitLabel="Turn off the lock"
          busyLabel="Unlocking your records…"
          onCancel={() => setOpen("none")}
          onSubmit={async ([passcode = ""]) => {
            try {
              await turnOffLock(passcode);
              return done("The lock is off. Your records are stored as before.");
            } catch (error) {
              return problemText(error);
            }
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setOpen("change")}>
            Change passcode
          </button>
          <button type="button" className="button secondary" onClick={() => setOpen("off")}>
            Turn off the lock
          </button>
        </div>
      )}
    </div>
  );
}
