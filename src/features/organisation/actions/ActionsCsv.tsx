import { downloadFile } from "../../../browser/download";
import { useNotices } from "../../../state/notices";
import { isoDay } from "../../../domain/dates";
import type { OrgAction } from "../../../domain/organisation/schema";

/** The key actions as a spreadsheet file, made on this device. */
export function ActionsCsv({ actions }: { actions: readonly OrgAction[] }) {
  const show = useNotices((state) => state.show);
  const save = async () => {
    // The CSV code loads only when someone asks for the file.
    const { actionsToCsv } = await import("../../../domain/organisation/actions-csv");
    downloadFile(`key-actions-${isoDay(new Date())}.csv`, actionsToCsv(actions), "text/csv");
    show({ tone: "info", text: "The spreadsheet file has been saved." });
  };
  return (
    <p>
      <button type="button" className="button secondary" onClick={() => void save()}>
        Save as a spreadsheet (CSV)
      </button>
    </p>
  );
}
