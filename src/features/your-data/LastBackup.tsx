import { useMeta } from "../../db/hooks";
import { LAST_BACKUP_META_KEY } from "../../domain/backup/merge";
import { formatDateTime } from "../../domain/dates";

/** "Your last backup was saved on …", live, so it changes as soon as a file is saved. */
export function LastBackup() {
  const last = useMeta<string>(LAST_BACKUP_META_KEY);
  if (last === undefined) return null;
  return (
    <p className="last-backup">
      {typeof last === "string" && !Number.isNaN(Date.parse(last))
        ? `Your last backup was saved on ${formatDateTime(last)}.`
        : "You have not saved a backup from this device yet."}
    </p>
  );
}
