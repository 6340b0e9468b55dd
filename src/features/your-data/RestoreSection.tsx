import { useRef, useState } from "react";
import { ErrorSummary, type FieldError } from "../../components/ErrorSummary";
import { refreshActivePack } from "../../state/active-pack";
import {
  applyRestore,
  previewRestore,
  type RestoreMode,
  type RestorePreview as Preview,
} from "../../db/backup";
import type { Backup } from "../../domain/backup/format";
import { RestorePreview } from "./RestorePreview";
import { restoreMessage } from "./restore-words";

const FILE_FIELD = "restore-file";
const PASSPHRASE_FIELD = "restore-passphrase";

type Step =
  | { kind: "choose" }
  | { kind: "passphrase"; text: string }
  | { kind: "preview"; backup: Backup; preview: Preview }
  | { kind: "done"; message: string };

/**
 * Restore: file -> size -> readBackup (the one way in) -> preview -> merge or replace.
 * Nothing is written until the person says so, and every refusal changes nothing.
 */
export function RestoreSection() {
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  const refuse = (fieldId: string, message: string) => setErrors([{ fieldId, message }]);

  const startAgain = () => {
    setStep({ kind: "choose" });
    setErrors([]);
    setPassphrase("");
    if (fileInput.current) fileInput.current.value = "";
  };

  const read = async (text: string, withPassphrase?: string) => {
    setErrors([]);
    setBusy(
      withPassphrase ? "Opening the backup. This can take a few seconds…" : "Reading the file…",
    );
    try {
      const { readBackup } = await import("../../domain/backup");
      const result = await readBackup(text, { passphrase: withPassphrase });
      if (!result.ok) {
        const { code, message } = result.problem;
        if (code === "needs-passphrase" || code === "wrong-passphrase") {
          setStep({ kind: "passphrase", text });
          if (code === "wrong-passphrase") refuse(PASSPHRASE_FIELD, message);
          return;
        }
        setStep({ kind: "choose" });
        refuse(FILE_FIELD, message);
        return;
      }
      const preview = await previewRestore(result.backup.data, {
        exportedAt: result.backup.exportedAt,
      });
      setPassphrase("");
      setStep({ kind: "preview", backup: result.backup, preview });
    } catch (problem) {
      refuse(FILE_FIELD, (problem as Error).message);
    } finally {
      setBusy("");
    }
  };

  const choose = async (file: File | undefined) => {
    setStep({ kind: "choose" });
    setErrors([]);
    if (!file) return;
    const { checkBackupFileSize } = await import("../../domain/backup");
    const tooBig = checkBackupFileSize(file.size);
    if (tooBig) {
      refuse(FILE_FIELD, tooBig.message);
      return;
    }
    await read(await file.text());
  };

  const restore = async (backup: Backup, mode: RestoreMode) => {
    setBusy("Restoring…");
    try {
      const result = await applyRestore(backup.data, mode, { exportedAt: backup.exportedAt });
      // A restored backup may bring its own content packs and choice of pack.
      await refreshActivePack();
      setStep({ kind: "done", message: restoreMessage(result) });
      requestAnimationFrame(() => done.current?.focus());
    } catch (problem) {
      refuse(FILE_FIELD, (problem as Error).message);
    } finally {
      setBusy("");
    }
  };

  return (
    <section aria-labelledby="restore-heading" className="section">
      <h2 id="restore-heading">Restore from a backup</h2>
      <ErrorSummary errors={errors} />
      {step.kind === "done" ? (
        <>
          <p className="callout" role="status" tabIndex={-1} ref={done}>
            {step.message}
          </p>
          <button type="button" className="button secondary" onClick={startAgain}>
            Restore another backup
          </button>
        </>
      ) : (
        <>
          <p>
            Choose a backup file saved from this app. Nothing changes until you have seen what is in
            it and chosen how to restore it.
          </p>
          <div className="field">
            <label htmlFor={FILE_FIELD} className="field-label">
              Backup file
            </label>
            <input
              autoComplete="off"
              id={FILE_FIELD}
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="input file-input"
              disabled={!!busy}
              aria-invalid={errors.some((e) => e.fieldId === FILE_FIELD) || undefined}
              onChange={(event) => void choose(event.target.files?.[0])}
            />
          </div>
        </>
      )}
      {step.kind === "passphrase" ? (
        <form
          className="panel section"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!passphrase) {
              refuse(PASSPHRASE_FIELD, "Enter the passphrase this backup was saved with.");
              return;
            }
            void read(step.text, passphrase);
          }}
        >
          <p>This backup is protected. Enter the passphrase it was saved with to open it.</p>
          <div className="field">
            <label htmlFor={PASSPHRASE_FIELD} className="field-label">
              Passphrase
            </label>
            <input
              id={PASSPHRASE_FIELD}
              type="password"
              className="input"
              autoComplete="off"
              value={passphrase}
              aria-invalid={errors.some((e) => e.fieldId === PASSPHRASE_FIELD) || undefined}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={!!busy}>
              Open backup
            </button>
            <button type="button" className="button secondary" onClick={startAgain}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {step.kind === "preview" ? (
        <RestorePreview
          preview={step.preview}
          exportedAt={step.backup.exportedAt}
          protectedFile={step.backup.encrypted}
          busy={!!busy}
          onRestore={(mode) => void restore(step.backup, mode)}
          onCancel={startAgain}
        />
      ) : null}
      <p className="hint" aria-live="polite">
        {busy}
      </p>
    </section>
  );
}
