import { useEffect, useState } from "react";
import { Link } from "wouter";
import type { BackupStatus } from "../../db/backup-status";
import { writeMeta } from "../../db/meta";
import { BACKUP_QUIET_META_KEY } from "../../domain/backup/meta-keys";
import { formatDate } from "../../domain/dates";

/** Meta: until when the reminder stays quiet (after "Not now", or while a new person settles in). */
export const REMINDER_QUIET_KEY = BACKUP_QUIET_META_KEY;
const QUIET_MS = 30 * 24 * 60 * 60 * 1000;
/** Set by Settings > Your data just before it reloads after "delete all" (see features/your-data/clear-device.ts). */
const DELETED_FLAG = "hcw-data-deleted";

export type ReminderDecision = "show" | "hide" | "start-quiet";

/**
 * A reminder is due when something changed since the last backup, the last backup is
 * 30 or more days old, and the person has not said "Not now" in the last 30 days.
 * With no backup yet, the first 30 days are quiet ("start-quiet" starts them), so a
 * new person is not asked on their first day.
 */
export function reminderDecision(
  status: BackupStatus,
  quietUntil: string | null,
  now: Date,
): ReminderDecision {
  const time = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));
  const changed = time(status.lastChangeAt);
  const backedUp = time(status.lastBackupAt);
  if (Number.isNaN(changed)) return "hide";
  if (!Number.isNaN(backedUp) && (changed <= backedUp || now.getTime() - backedUp < QUIET_MS)) {
    return "hide";
  }
  const quiet = time(quietUntil);
  if (!Number.isNaN(quiet) && now.getTime() < quiet) return "hide";
  if (Number.isNaN(backedUp) && quietUntil === null) return "start-quiet";
  return "show";
}

function quietFrom(now: Date): string {
  return new Date(now.getTime() + QUIET_MS).toISOString();
}

// Read once per page load, so the note shows on the first Home after the delete only.
let justDeleted = (() => {
  try {
    const flag = sessionStorage.getItem(DELETED_FLAG) !== null;
    sessionStorage.removeItem(DELETED_FLAG);
    return flag;
  } catch {
    return false;
  }
})();

function DeletedNote() {
  return (
    <section aria-labelledby="deleted-heading" className="section callout" role="status">
      <h2 id="deleted-heading">Your data has been deleted</h2>
      <p>
        Everything this app kept on this device has gone. You can start again whenever you like.
      </p>
    </section>
  );
}

/**
 * Home's gentle note about backups: shown rarely, easy to put off, never red. Also
 * says kindly that everything was deleted, straight after a "delete all".
 */
export function BackupReminder({
  status,
  quietUntil,
}: {
  status: BackupStatus;
  quietUntil: string | null;
}) {
  const [deleted] = useState(justDeleted);
  useEffect(() => {
    justDeleted = false;
  }, []);

  const decision = reminderDecision(status, quietUntil, new Date());
  useEffect(() => {
    if (decision === "start-quiet") {
      void writeMeta(REMINDER_QUIET_KEY, quietFrom(new Date())).catch(() => undefined);
    }
  }, [decision]);

  if (deleted) return <DeletedNote />;
  if (decision !== "show") return null;
  return (
    <section aria-labelledby="backup-reminder-heading" className="section callout">
      <h2 id="backup-reminder-heading">Keep a copy of your records</h2>
      <p>
        {status.lastBackupAt
          ? `Your last backup was on ${formatDate(status.lastBackupAt)}, and you have added to your records since then.`
          : "Your records are only on this device, and you have not saved a backup yet."}{" "}
        A backup file keeps them safe if this device is lost or reset.
      </p>
      <div className="actions">
        <Link href="/settings/data" className="button secondary">
          Save a backup
        </Link>
        <button
          type="button"
          className="button secondary"
          aria-describedby="backup-reminder-later"
          onClick={() =>
            void writeMeta(REMINDER_QUIET_KEY, quietFrom(new Date())).catch(() => undefined)
          }
        >
          Not now
        </button>
      </div>
      <p className="hint" id="backup-reminder-later">
        “Not now” hides this note for 30 days.
      </p>
    </section>
  );
}
