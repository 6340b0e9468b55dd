import { describe, expect, it } from "vitest";
import type { RestoreResult } from "../../db/backup";
import { BACKUP_TABLES } from "../../domain/backup/constants";
import type { RestorePreview, TablePreview } from "../../db/backup";
import { tablePreview } from "../../testing/restore-preview";
import { previewLines, replacedWords, restoreMessage } from "./restore-words";

function result(
  mode: RestoreResult["mode"],
  counts: Partial<Record<(typeof BACKUP_TABLES)[number], [number, number]>>,
): RestoreResult {
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((name) => {
      const [written, removed] = counts[name] ?? [0, 0];
      return [name, { written, removed }];
    }),
  ) as RestoreResult["tables"];
  return { mode, tables };
}

describe("what a restore says afterwards", () => {
  it("counts the records merged, not settings or app details", () => {
    expect(restoreMessage(result("merge", { checkIns: [2, 0], settings: [3, 0] }))).toBe(
      "Your backup has been restored. 2 records were added or brought up to date. Nothing on this device was removed.",
    );
  });

  it("says so when a merge had nothing to do", () => {
    expect(restoreMessage(result("merge", { meta: [1, 0] }))).toMatch(
      /already on this device, so nothing needed to change/,
    );
  });

  it("says what replacing removed", () => {
    expect(restoreMessage(result("replace", { checkIns: [1, 1], planActions: [0, 2] }))).toBe(
      "Your backup has been restored. This device now holds exactly what the backup holds: 1 record. 3 records that were only on this device have been removed.",
    );
  });
});

describe("my wellbeing plan in a restore", () => {
  it("is counted among the records restored, and named in a replaced line by its dates", () => {
    expect(restoreMessage(result("merge", { wellbeingPlans: [2, 0] }))).toBe(
      "Your backup has been restored. 2 records were added or brought up to date. Nothing on this device was removed.",
    );
    expect(
      replacedWords("wellbeingPlans", {
        key: "my-plan",
        createdAt: "2026-11-02T09:00:00.000Z",
        hereChanged: "2026-11-03T09:00:00.000Z",
        fileChanged: "2026-11-05T09:00:00.000Z",
      }),
    ).toBe(
      "Version of your wellbeing plan from 2 Nov 2026: changed here 3 Nov 2026, in the file 5 Nov 2026",
    );
  });
});

describe("records a restore would overwrite", () => {
  it("names dated records by when they were made and changed, others by their key", () => {
    expect(
      replacedWords("peerCheckIns", {
        key: "x",
        createdAt: "2026-11-02T09:00:00.000Z",
        hereChanged: "2026-11-03T09:00:00.000Z",
        fileChanged: "2026-11-04T09:00:00.000Z",
      }),
    ).toBe("Peer check-in from 2 Nov 2026: changed here 3 Nov 2026, in the file 4 Nov 2026");
    expect(replacedWords("settings", { key: "reminder" })).toBe("Setting “reminder”");
  });
});

describe("a team reflection still being filled in", () => {
  const headingFor = (reflections: Partial<TablePreview>) => {
    const tables = Object.fromEntries(
      BACKUP_TABLES.map((name) => [name, tablePreview()]),
    ) as RestorePreview["tables"];
    tables.teamReflections = tablePreview(reflections);
    return previewLines({ tables, checkIns: null, deviceDetails: 0 }).find(
      (t) => t.table === "teamReflections",
    )?.heading;
  };

  it("is never counted as a saved reflection in the preview", () => {
    expect(headingFor({ unfinished: 1, new: 3 })).toBe(
      "2 team reflections and 1 unfinished team reflection",
    );
    expect(headingFor({ unfinished: 1, new: 1 })).toBe("1 unfinished team reflection");
    expect(headingFor({ new: 2 })).toBe("2 team reflections");
    expect(headingFor({})).toBeUndefined();
  });
});
