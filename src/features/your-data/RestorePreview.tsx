import { useEffect, useRef, useState } from "react";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import type { RestoreMode, RestorePreview as Preview } from "../../db/backup";
import { formatDate, formatDateTime } from "../../domain/dates";
import { count } from "../../domain/count";
import {
  deviceDetailsWords,
  olderCopiesByReplace,
  previewLines,
  removedByReplace,
} from "./restore-words";

/** "Its check-ins run from 2 Nov 2026 to 9 Nov 2026." (or one day, or none). */
function checkInDates(preview: Preview): string {
  if (!preview.checkIns) return "It has no check-ins.";
  const from = formatDate(preview.checkIns.from);
  const to = formatDate(preview.checkIns.to);
  if (from !== to) return `Its check-ins run from ${from} to ${to}.`;
  return preview.tables.checkIns.inFile === 1
    ? `Its check-in is from ${from}.`
    : `Its check-ins are all from ${from}.`;
}

const MODES = [
  { value: "merge", label: "Merge: add what is new, and keep the newer copy of each record" },
  { value: "replace", label: "Replace: make this device hold exactly what the backup holds" },
] as const;

interface RestorePreviewProps {
  preview: Preview;
  /** When the backup was saved (from the file). */
  exportedAt: string;
  protectedFile: boolean;
  busy: boolean;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}

/**
 * What is in a backup and what restoring it would do, before anything changes. Replace
 * asks once more, and says how many records only on this device it would remove.
 */
export function RestorePreview({
  preview,
  exportedAt,
  protectedFile,
  busy,
  onRestore,
  onCancel,
}: RestorePreviewProps) {
  const [mode, setMode] = useState<RestoreMode>("merge");
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const removed = removedByReplace(preview);
  const older = olderCopiesByReplace(preview);
  const deviceDetails = deviceDetailsWords(preview);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div className="panel section restore-confirm">
        <h3 ref={confirmHeading} tabIndex={-1}>
          Replace the records on this device?
        </h3>
        <p>
          This device will hold exactly what the backup holds.{" "}
          {removed > 0
            ? `${count(removed, "record that is", "records that are")} only on this device will be removed, and cannot be brought back unless you have another backup.`
            : "Nothing on this device is missing from the backup, so nothing will be lost."}
          {older > 0
            ? ` ${count(older, "record that is newer here", "records that are newer here")} will get the backup’s older copy instead.`
            : ""}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onRestore("replace")}
          >
            Yes, replace my records
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => setConfirming(false)}
          >
            No, go back
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="panel section restore-preview">
      <h3 ref={heading} tabIndex={-1}>
        What is in this backup
      </h3>
      <p>
        Saved on {formatDateTime(exportedAt)}
        {protectedFile ? ", protected with a passphrase" : ""}. {checkInDates(preview)}
      </p>
      <ul className="preview-list">
        {previewLines(preview).map(({ table, heading: title, lines, replaced }) => (
          <li key={table}>
            <strong>{title}</strong>
            {lines.length > 0 ? (
              <ul>
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            {replaced.length > 0 ? (
              <>
                <p className="hint">Restoring replaces the copy on this device of:</p>
                <ul>
                  {replaced.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {deviceDetails ? <p className="callout">{deviceDetails}</p> : null}
      <ChoiceGroup
        legend="How should it be restored?"
        hint="Nothing changes until you press the button below."
        name="restore-mode"
        value={mode}
        options={MODES}
        onChange={setMode}
      />
      {mode === "replace" ? (
        <p className="callout">
          Replacing removes anything on this device that is not in the backup
          {removed > 0 ? ` (${count(removed, "record", "records")})` : ""}
          {older > 0
            ? `, and puts the backup’s older copy in place of ${count(older, "record", "records")} that ${older === 1 ? "is" : "are"} newer here`
            : ""}
          . If you are not sure, merging is the safer choice.
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => (mode === "replace" ? setConfirming(true) : onRestore("merge"))}
        >
          {busy ? "Restoring…" : "Restore"}
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
