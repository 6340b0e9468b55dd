import { describe, expect, it } from "vitest";
import {
  makeCheckIn,
  makeMeta,
  makeSetting,
  makeStoredPack,
  makeSupervisionPrep,
} from "../../testing/records";
import { emptyBackupData } from "./constants";
import {
  LAST_BACKUP_META_KEY,
  checkInDateRange,
  fileCopyWins,
  mergeOutcome,
  sameRecord,
  withoutDeviceOnly,
} from "./merge";

const at = (time: string) => ({ updatedAt: time });

describe("merge rules", () => {
  it("a record that is not here yet is new", () => {
    expect(mergeOutcome("checkIns", makeCheckIn(), undefined)).toBe("new");
    expect(mergeOutcome("settings", makeSetting(), undefined)).toBe("new");
  });

  it("the newer updatedAt wins, whichever side it is on", () => {
    const older = makeCheckIn(at("2026-11-01T09:00:00.000Z"));
    const newer = makeCheckIn({ ...at("2026-11-05T09:00:00.000Z"), note: "edited" });
    expect(mergeOutcome("checkIns", newer, older)).toBe("updated");
    expect(mergeOutcome("checkIns", older, newer)).toBe("keptHere");
  });

  it("compares times, not text, so time zones do not fool it", () => {
    const here = makeSupervisionPrep(at("2026-11-05T10:00:00.000Z"));
    const file = makeSupervisionPrep({ ...at("2026-11-05T10:30:00.000+01:00"), whatToBring: "x" });
    // 10:30 in UTC+1 is 09:30 UTC: earlier, although its text sorts later.
    expect(mergeOutcome("supervisionPreps", file, here)).toBe("keptHere");
  });

  it("identical records are unchanged; a tie with different content keeps the device copy", () => {
    expect(mergeOutcome("checkIns", makeCheckIn(), makeCheckIn())).toBe("unchanged");
    expect(mergeOutcome("checkIns", makeCheckIn({ note: "file" }), makeCheckIn())).toBe("keptHere");
  });

  it("settings and app details from the file win when they differ", () => {
    const here = makeSetting({ value: { theme: "light" } });
    expect(mergeOutcome("settings", makeSetting(), here)).toBe("updated");
    expect(mergeOutcome("meta", makeMeta({ value: false }), makeMeta())).toBe("updated");
  });

  it("keeps the later of two last-backup times", () => {
    const earlier = { key: LAST_BACKUP_META_KEY, value: "2026-11-01T09:00:00.000Z" };
    const later = { key: LAST_BACKUP_META_KEY, value: "2026-11-20T09:00:00.000Z" };
    expect(mergeOutcome("meta", later, earlier)).toBe("updated");
    expect(mergeOutcome("meta", earlier, later)).toBe("keptHere");
  });

  it("keeps the device's copy of a saved content pack version", () => {
    const here = makeStoredPack();
    const file = makeStoredPack({ addedAt: "2026-11-11T09:00:00.000Z" });
    expect(mergeOutcome("contentPacks", file, here)).toBe("keptHere");
  });

  it("only new and updated records are written", () => {
    expect(
      ["new", "updated", "unchanged", "keptHere"].filter((o) => fileCopyWins(o as never)),
    ).toEqual(["new", "updated"]);
  });

  it("counts a missing field and an undefined one as the same", () => {
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it("leaves out details about this device only", () => {
    const data = {
      ...emptyBackupData(),
      meta: [
        makeMeta(),
        { key: "storagePersistence", value: "granted" },
        // This phone's reminder wake-ups: another phone has none set up.
        { key: "reminderNotify", value: { rhythm: "daily", time: "18:00", startOn: "2026-11-01" } },
      ],
    };
    expect(withoutDeviceOnly(data).meta).toEqual([makeMeta()]);
  });

  it("finds the first and last check-in", () => {
    expect(checkInDateRange({ checkIns: [] })).toBeNull();
    const checkIns = [
      makeCheckIn({ id: "b", createdAt: "2026-11-05T09:00:00.000Z" }),
      makeCheckIn({ id: "a", createdAt: "2026-10-01T09:00:00.000Z" }),
      makeCheckIn({ id: "c", createdAt: "2026-11-02T09:00:00.000Z" }),
    ];
    expect(checkInDateRange({ checkIns })).toEqual({
      from: "2026-10-01T09:00:00.000Z",
      to: "2026-11-05T09:00:00.000Z",
    });
  });
});
