import { useEffect, useState } from "react";
import { Link } from "wouter";
import { DeleteConfirm } from "../../components/DeleteConfirm";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { unlock, waitBeforeNextTry } from "../../db/lock";

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

/** Where a person goes after deleting everything: Your data, to restore a backup. */
export const AFTER_FORGOTTEN = "/settings/data#restore-heading";

/**
 * Shown instead of every screen (except Help now) while the app is locked. A forgotten
 * passcode is not a dead end: everything on this device can be deleted from here
 * (`deleteEverything`, handed in by the app), then a backup restored.
 */
export default function LockScreen({
  deleteEverything,
}: {
  deleteEverything: (next: string) => Promise<void>;
}) {
  const [passcode, setPasscode] = useState("");
  const [problem, setProblem] = useState("");
  const [waitMs, setWaitMs] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void waitBeforeNextTry().then(setWaitMs);
  }, []);
  useEffect(() => {
    if (waitMs <= 0) return;
    const timer = window.setTimeout(() => setWaitMs((ms) => Math.max(0, ms - 1000)), 1000);
    return () => window.clearTimeout(timer);
  }, [waitMs]);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (waitMs > 0 || busy) return;
    setBusy(true);
    try {
      await unlock(passcode);
    } catch (error) {
      setPasscode("");
      const wait = await waitBeforeNextTry();
      setWaitMs(wait);
      setProblem(
        (error as Error).name === "WrongPasscodeError"
          ? "That passcode did not work. Please try again."
          : (error as Error).message,
      );
      document.getElementById("unlock-passcode")?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Unlock" lead="Your records are locked on this device.">
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="lock-form">
        <Field
          id="unlock-passcode"
          label="Passcode"
          kind="password"
          error={problem}
          announce
          autoComplete="current-password"
          value={passcode}
          describedBy="unlock-wait"
          onChange={(event) => setPasscode(event.target.value)}
        >
          <p className="hint" id="unlock-wait" aria-live="polite">
            {waitMs > 0 ? `You can try again in ${seconds(waitMs)} seconds.` : ""}
          </p>
        </Field>
        <button type="submit" className="button" disabled={busy || waitMs > 0}>
          {busy ? "Unlocking…" : "Unlock"}
        </button>
      </form>
      <ForgottenPasscode deleteEverything={deleteEverything} />
      <p>
        <Link href="/help">Get help now</Link>
      </p>
    </Page>
  );
}

function ForgottenPasscode({
  deleteEverything,
}: {
  deleteEverything: (next: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");

  const confirm = async () => {
    setBusy(true);
    setProblem("");
    try {
      await deleteEverything(AFTER_FORGOTTEN);
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="forgotten-heading" className="section">
      <h2 id="forgotten-heading">Forgotten your passcode?</h2>
      <p>
        Nobody can open your records without it, not even us. Wrong tries never delete anything.
      </p>
      <p>
        If you have a backup file, you can delete everything on this device and then restore the
        backup. Anything that is not in a backup will be gone for good.
      </p>
      {problem ? (
        <p className="callout" role="alert">
          {problem}
        </p>
      ) : null}
      {open ? (
        <DeleteConfirm
          advice={
            <p>
              This deletes every record on this device and turns the lock off. Then you can restore
              your backup file in Your data, and set a new passcode if you like.
            </p>
          }
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button secondary" onClick={() => setOpen(true)}>
          Delete everything on this device…
        </button>
      )}
    </section>
  );
}
