import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ACTION_CSV_HEADER, actionsToCsv } from "./actions-csv";
import type { OrgAction } from "./schema";

const action: OrgAction = {
  id: "a1",
  createdAt: "2027-01-01T09:00:00.000Z",
  updatedAt: "2027-01-01T09:00:00.000Z",
  title: "Set up a steering group",
  what: "=SUM(A1) meets monthly",
  owner: "Priya",
  startOn: "2027-01-01",
  reviewOn: "2027-04-01",
  status: "in-progress",
  progress: [
    { id: "p1", on: "2027-01-20", note: "First meeting held" },
    { id: "p2", on: "2027-02-20", note: "Terms agreed", evidence: "Minutes" },
  ],
};

function parse(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, "")).data;
}

describe("key actions as a spreadsheet", () => {
  it("has one row per action under a header, with words a person reads", () => {
    const [header, row] = parse(actionsToCsv([action]));
    expect(header).toEqual([...ACTION_CSV_HEADER]);
    expect(row?.slice(0, 6)).toEqual([
      "Set up a steering group",
      "'=SUM(A1) meets monthly",
      "Priya",
      "2027-01-01",
      "2027-04-01",
      "Under way",
    ]);
  });

  it("lists progress newest first, with its evidence", () => {
    const [, row] = parse(actionsToCsv([action]));
    expect(row?.[6]).toBe(
      "2027-02-20: Terms agreed (Evidence: Minutes)\n2027-01-20: First meeting held",
    );
  });

  it("starts with a byte-order mark so spreadsheets read accents", () => {
    expect(actionsToCsv([]).startsWith("\uFEFF")).toBe(true);
  });
});
