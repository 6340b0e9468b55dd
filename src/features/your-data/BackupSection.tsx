import { useRef, useState } from "react";
import { ErrorSummary, type FieldError } from "../../components/ErrorSummary";
import { passphraseStrength } from "../../domain/crypto/strength";
import {
  canShareFiles,
  makeBackupFile,
  saveBackupFile,
  shareBackupFile,
  type BackupFileText,
} from "./backup-file";
import { LastBackup } from "./LastBackup";

type Action = "save" | "share";

const SHARE_WORDS = {
  cancelled: "Nothing was shared. Your backup file was not saved anywhere.",
  failed: "This browser did not share the file. You can save it to this device instead.",
} as const;

/** Back up: an optional passphrase, then a file saved to the device or shared. */
export function BackupSection() {
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [shareable] = useState(canShareFiles);
  // A file made, waiting for a fresh tap to share (browsers only share straight after one).
  const ready = useRef<{ passphrase: string; file: BackupFileText } | null>(null);
  const hint = passphraseStrength(passphrase);

  const check = (): FieldError[] => {
    if (!protect) return [];
    if (passphrase.trim() === "") {
      return [
        {
          fieldId: "backup-passphrase",
          message: "Enter a passphrase, or untick “Protect the file with a passphrase”.",
        },
      ];
    }
    if (confirm !== passphrase) {
      return [
        {
          fieldId: "backup-confirm",
          message: "The two passphrases are not the same. Type it again in both boxes.",
        },
      ];
    }
    return [];
  };

  const run = async (action: Action) => {
    const found = check();
    setErrors(found);
    if (found.length > 0) return;
    const chosen = protect ? passphrase : "";
    setBusy(true);
    setStatus(
      protect ? "Making your backup. Locking it can take a few seconds…" : "Making your backup…",
    );
    try {
      const file =
        ready.current?.passphrase === chosen ? ready.current.file : await makeBackupFile(chosen);
      ready.current = null;
      if (action === "save") {
        await saveBackupFile(file);
        setStatus(
          `Your backup file, ${file.name}, has been saved to this device’s downloads. Keep a copy somewhere safe, away from this device.`,
        );
        return;
      }
      const outcome = await shareBackupFile(file);
      if (outcome === "shared") setStatus("Your backup file has been shared.");
      else if (outcome === "not-allowed") {
        ready.current = { passphrase: chosen, file };
        setStatus("Your backup file is ready. Press “Share backup file” again to share it.");
      } else setStatus(SHARE_WORDS[outcome]);
    } catch (problem) {
      setStatus((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-heading" className="section">
      <h2 id="backup-heading" tabIndex={-1}>
        Back up your records
      </h2>
      <p>
        A backup is one file holding everything this app keeps. Keep it somewhere safe, like your
        own cloud storage, and use it to restore your records on this or another device.
      </p>
      <LastBackup />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run("save");
        }}
      >
        <ErrorSummary errors={errors} />
        <label className="choice checkbox">
          <input
            autoComplete="off"
            type="checkbox"
            checked={protect}
            aria-describedby="backup-protect-hint"
            onChange={(event) => {
              setProtect(event.target.checked);
              setErrors([]);
            }}
          />
          <span>Protect the file with a passphrase</span>
        </label>
        <p className="hint" id="backup-protect-hint">
          A good idea if the file will be stored online or sent anywhere. Without one, anyone who
          opens the file can read your records.
        </p>
        {protect ? (
          <div className="panel passphrase-fields">
            <div className="field">
              <label htmlFor="backup-passphrase" className="field-label">
                Passphrase
              </label>
              <p className="hint" id="backup-passphrase-hint" aria-live="polite">
                {hint.message}
              </p>
              <input
                id="backup-passphrase"
                type="password"
                className="input"
                autoComplete="new-password"
                value={passphrase}
                aria-describedby="backup-passphrase-hint"
                aria-invalid={errors.some((e) => e.fieldId === "backup-passphrase") || undefined}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="backup-confirm" className="field-label">
                Type the passphrase again
              </label>
              <input
                id="backup-confirm"
                type="password"
                className="input"
                autoComplete="new-password"
                value={confirm}
                aria-invalid={errors.some((e) => e.fieldId === "backup-confirm") || undefined}
                onChange={(event) => setConfirm(event.target.value)}
              />
            </div>
            <p className="callout">
              <strong>Keep your passphrase somewhere safe.</strong> If it is forgotten, nobody can
              open the file: there is no way to reset or recover it.
            </p>
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            Save backup file
          </button>
          {shareable ? (
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => void run("share")}
            >
              Share backup file
            </button>
          ) : null}
        </div>
      </form>
      <p className="hint" role="status">
        {status}
      </p>
    </section>
  );
}
