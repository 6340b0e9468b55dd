import { useState } from "react";
import { downloadFile } from "../../browser/download";
import { loadPackFor } from "../../state/active-pack";
import { listCheckIns } from "../../db/check-ins";
import type { ContentPack } from "../../domain/pack/schema";
import { count } from "../../domain/count";

interface CsvFile {
  name: string;
  text: string;
  rows: number;
}

/** Check-ins as CSV text, each row in the words of the pack it was scored with. */
async function makeCsv(includeNotes: boolean): Promise<CsvFile> {
  // The CSV code (and papaparse) loads only when someone exports.
  const [csv, checkIns] = await Promise.all([import("../../domain/export/csv"), listCheckIns()]);
  const packs = new Map<string, ContentPack>();
  for (const { packId, packVersion } of checkIns) {
    const key = `${packId}@${packVersion}`;
    if (!packs.has(key)) packs.set(key, await loadPackFor(packId, packVersion));
  }
  const text = csv.checkInsToCsv(checkIns, {
    includeNotes,
    packFor: (packId, version) => packs.get(`${packId}@${version}`),
  });
  return { name: csv.checkInsCsvFileName(new Date()), text, rows: checkIns.length };
}

/** Export for a spreadsheet. Notes stay out unless the person ticks the box. */
export function CsvExport() {
  const [includeNotes, setIncludeNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const exportCsv = async () => {
    setBusy(true);
    setStatus("");
    try {
      const file = await makeCsv(includeNotes);
      if (file.rows === 0) {
        setStatus("You have no check-ins saved yet, so there is nothing to export.");
        return;
      }
      downloadFile(file.name, file.text, "text/csv;charset=utf-8");
      setStatus(
        `Your file, ${file.name}, has been saved to this device’s downloads, with ${count(file.rows, "check-in", "check-ins")}${includeNotes ? " and your notes" : ""}.`,
      );
    } catch (problem) {
      setStatus((problem as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="csv-heading" className="section">
      <h2 id="csv-heading">Export check-ins for a spreadsheet</h2>
      <p>
        A CSV file with one row for each check-in: the date, the stage, how your body and mind
        seemed to respond, and each part of life. It opens in Excel, Numbers or Google Sheets.
      </p>
      <label className="choice checkbox">
        <input
          autoComplete="off"
          type="checkbox"
          checked={includeNotes}
          aria-describedby="csv-notes-hint"
          onChange={(event) => setIncludeNotes(event.target.checked)}
        />
        <span>Include my private notes</span>
      </label>
      <p className="hint" id="csv-notes-hint">
        Notes are left out unless you tick this. Anyone who opens the file can read what is in it.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportCsv()}>
          Save CSV file
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </section>
  );
}
