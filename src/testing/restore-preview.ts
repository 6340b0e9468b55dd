import type { TablePreview } from "../db/backup";

/** What a restore would do to one table: zero unless given, `inFile` the sum of its parts. */
export function tablePreview(parts: Partial<TablePreview> = {}): TablePreview {
  const base = {
    new: 0,
    updated: 0,
    unchanged: 0,
    keptHere: 0,
    onlyHere: 0,
    tooLate: 0,
    unfinished: 0,
    replaced: [],
    ...parts,
  };
  return { inFile: base.new + base.updated + base.unchanged + base.keptHere, ...base };
}
