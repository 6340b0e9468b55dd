import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { makePack } from "../../testing/pack-factory";
import { makeCheckIn } from "../../testing/records";
import type { ContentPack } from "../pack/schema";
import type { CheckIn } from "../records";
import { scoreCheckIn } from "../scoring/score";
import {
  CSV_WORDS,
  checkInsCsvFileName,
  checkInsToCsv,
  guardCell,
  rowsToCsv,
  type PackLookup,
} from "./csv";

const pack = makePack();
/** An organisation's pack: other stage names, and one more part of life. */
const orgPack: ContentPack = {
  ...makePack({ id: "org-pack", version: "2.0.0" } as Partial<ContentPack>),
  stages: pack.stages.map((stage) => ({ ...stage, label: `Org ${stage.id}` })),
  domains: [...pack.domains, { id: "team", label: "Team", short: "Your team." }],
};
const packs: Record<string, ContentPack> = {
  [`${pack.id}@${pack.version}`]: pack,
  [`${orgPack.id}@${orgPack.version}`]: orgPack,
};
const packFor: PackLookup = (id, version) => packs[`${id}@${version}`];

function scored(
  id: string,
  createdAt: string,
  answers: Record<string, string>,
  over: Partial<CheckIn> = {},
  using: ContentPack = pack,
): CheckIn {
  return makeCheckIn({
    id,
    createdAt,
    answers,
    packId: using.id,
    packVersion: using.version,
    result: scoreCheckIn(using, answers),
    ...over,
  });
}

const settled = {
  "sleep-1": "o0",
  "sleep-2": "o0",
  "mood-1": "o0",
  "mood-2": "o0",
  "work-1": "o0",
  "work-2": "o0",
};
const hard = { "sleep-1": "o3", "sleep-2": "o3", "mood-1": "o2", "mood-2": "o2", harm: "yes" };

function parse(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\r\n",
    skipEmptyLines: false,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("check-ins as CSV", () => {
  const checkIns = [
    scored("b", "2026-11-05T18:45:00.000Z", hard, { bringToSupervision: true, note: "Hard week" }),
    scored("a", "2026-11-01T09:00:00.000Z", settled, { note: "" }),
    scored("c", "2026-11-06T09:00:00.000Z", {}),
  ];

  it("has a header row and one row per check-in, oldest first", () => {
    const rows = parse(checkInsToCsv(checkIns, { includeNotes: false, packFor, timeZone: "UTC" }));
    expect(rows[0]).toEqual([
      "Date",
      "Stage",
      "Pattern",
      "Area sleep",
      "Area mood",
      "Area work",
      "Flags",
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      "2026-11-01 09:00",
      "2026-11-05 18:45",
      "2026-11-06 09:00",
    ]);
  });

  it("names stages, patterns and flags with the words of the pack used", () => {
    const rows = parse(checkInsToCsv(checkIns, { includeNotes: false, packFor, timeZone: "UTC" }));
    expect(rows[1]).toEqual([
      "2026-11-01 09:00",
      "Stage ready",
      "Pattern settled",
      "Stage ready",
      "Stage ready",
      "Stage ready",
      "",
    ]);
    const [, stage, pattern, sleep, mood, work, flags] = rows[2]!;
    expect(stage).toBe(pack.stages.find((s) => s.id === checkIns[0]!.result.stageId)?.label);
    expect(pattern).toContain("Pattern ");
    expect([sleep, mood]).toEqual(["Stage ill", "Stage injured"]);
    expect(work).toBe(CSV_WORDS.noAnswers);
    expect(flags).toBe("Help was shown; Bring to supervision");
    expect(rows[3]?.[1]).toBe(CSV_WORDS.notEnough);
  });

  it("shows dates in the time zone asked for", () => {
    const rows = parse(
      checkInsToCsv(checkIns, { includeNotes: false, packFor, timeZone: "Europe/London" }),
    );
    // 5 November is after the clocks go back: London is on UTC. 1 August would be BST.
    expect(rows[2]?.[0]).toBe("2026-11-05 18:45");
    const summer = [scored("s", "2026-08-01T09:00:00.000Z", settled)];
    const summerRows = parse(
      checkInsToCsv(summer, { includeNotes: false, packFor, timeZone: "Europe/London" }),
    );
    expect(summerRows[1]?.[0]).toBe("2026-08-01 10:00");
  });

  it("adds the note column only when chosen", () => {
    const without = checkInsToCsv(checkIns, { includeNotes: false, packFor, timeZone: "UTC" });
    expect(without).not.toContain("Hard week");
    const rows = parse(checkInsToCsv(checkIns, { includeNotes: true, packFor, timeZone: "UTC" }));
    expect(rows[0]?.at(-1)).toBe("Note");
    expect(rows.map((row) => row.at(-1))).toEqual(["Note", "", "Hard week", ""]);
  });

  it("quotes commas, quotes and new lines so the note comes back exactly", () => {
    const note = 'Slept badly, "again".\nTalked to Sam;\r\nfelt better ';
    const text = checkInsToCsv([scored("a", "2026-11-01T09:00:00.000Z", settled, { note })], {
      includeNotes: true,
      packFor,
      timeZone: "UTC",
      byteOrderMark: false,
    });
    expect(text).toContain('"Slept badly, ""again"".');
    expect(parse(text)[1]?.at(-1)).toBe(note);
  });

  it("keeps each check-in with the pack it was scored with", () => {
    const org = scored("o", "2026-11-07T09:00:00.000Z", settled, {}, orgPack);
    const rows = parse(
      checkInsToCsv([checkIns[1]!, org], { includeNotes: false, packFor, timeZone: "UTC" }),
    );
    expect(rows[0]).toEqual([
      "Date",
      "Stage",
      "Pattern",
      "Area sleep",
      "Area mood",
      "Area work",
      "Team",
      "Flags",
    ]);
    expect(rows[1]?.[1]).toBe("Stage ready");
    expect(rows[2]?.[1]).toBe("Org ready");
    expect(rows[1]?.[6]).toBe("");
  });

  it("still gives ids when a pack is no longer on the device", () => {
    const rows = parse(
      checkInsToCsv([checkIns[1]!], {
        includeNotes: false,
        packFor: () => undefined,
        timeZone: "UTC",
      }),
    );
    expect(rows[0]).toEqual(["Date", "Stage", "Pattern", "sleep", "mood", "work", "Flags"]);
    expect(rows[1]?.slice(1, 4)).toEqual(["ready", "settled", "ready"]);
  });

  it("starts with a byte-order mark for Excel unless asked not to", () => {
    const options = { includeNotes: false, packFor, timeZone: "UTC" };
    expect(checkInsToCsv([], options).startsWith("\uFEFFDate,")).toBe(true);
    expect(checkInsToCsv([], { ...options, byteOrderMark: false }).startsWith("Date,")).toBe(true);
  });

  it("makes cells that look like formulas inert", () => {
    const notes = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1\n2"];
    const rows = notes.map((note, i) =>
      scored(`f${i}`, `2026-11-0${i + 1}T09:00:00.000Z`, settled, { note }),
    );
    const parsed = parse(checkInsToCsv(rows, { includeNotes: true, packFor, timeZone: "UTC" }));
    expect(parsed.slice(1).map((row) => row.at(-1))).toEqual(notes.map((note) => `'${note}`));
  });

  it("guards labels from a pack too", () => {
    const evil = {
      ...pack,
      domains: pack.domains.map((d) => ({ ...d, label: `=cmd|'/c calc'!A1 ${d.id}` })),
    };
    const rows = parse(
      checkInsToCsv([checkIns[1]!], { includeNotes: false, packFor: () => evil, timeZone: "UTC" }),
    );
    expect(rows[0]?.[3]).toBe("'=cmd|'/c calc'!A1 sleep");
  });

  it("names the file by date", () => {
    expect(checkInsCsvFileName(new Date(2026, 10, 23, 9))).toBe(
      "wellbeing-check-ins-2026-11-23.csv",
    );
  });
});

describe("CSV invariants", () => {
  it("only cells starting with = + - @ tab or return are changed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (cell) => {
        const guarded = guardCell(cell);
        expect(guarded === cell).toBe(!/^[=+\-@\t\r]/.test(cell));
        expect(guarded.endsWith(cell)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("parsing the CSV gives back the rows (with formula cells guarded)", () => {
    const cell = fc.string({ unit: "binary", maxLength: 30 });
    const rowsArb = fc.integer({ min: 2, max: 6 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const parsed = Papa.parse<string[]>(rowsToCsv(rows), {
          delimiter: ",",
          newline: "\r\n",
          skipEmptyLines: false,
        });
        expect(parsed.data).toEqual(rows.map((row) => row.map(guardCell)));
      }),
      { numRuns: 500 },
    );
  });
});
