import { describe, expect, it } from "vitest";
import { makeCheckIn, makeMeta, makeSetting } from "../../testing/records";
import { isDeviceOnlyKey } from "./merge";
import { BACKED_UP_META_KEYS, LAST_BACKUP_META_KEY } from "./meta-keys";
import { DATE_TOLERANCE_MS, datedTooLate, latestTrustedTime } from "./trusted-dates";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const SAVED = "2026-11-20T18:30:00.000Z";

describe("which app details travel in a backup", () => {
  it("only the ones listed travel: the lock, its wrong tries and anything new stay on the device", () => {
    for (const key of BACKED_UP_META_KEYS) expect(isDeviceOnlyKey("meta", key)).toBe(false);
    for (const key of ["lock", "lockWrongTries", "storagePersistence", "lockOffered", "later"]) {
      expect(isDeviceOnlyKey("meta", key)).toBe(true);
    }
    // Other tables have no device-only records.
    expect(isDeviceOnlyKey("settings", "lock")).toBe(false);
  });
});

describe("dates a file may carry", () => {
  it("are trusted up to when the file was saved, or now if that is earlier, plus a little", () => {
    expect(latestTrustedTime(SAVED, NOW)).toBe(Date.parse(SAVED) + DATE_TOLERANCE_MS);
    expect(latestTrustedTime("9999-01-01T00:00:00.000Z", NOW)).toBe(
      NOW.getTime() + DATE_TOLERANCE_MS,
    );
    expect(latestTrustedTime(undefined, NOW)).toBe(NOW.getTime() + DATE_TOLERANCE_MS);
  });

  it("a record changed or made after that is too late; a setting has no date to check", () => {
    const limit = latestTrustedTime(SAVED, NOW);
    const later = new Date(limit + 1).toISOString();
    expect(datedTooLate("checkIns", makeCheckIn({ updatedAt: SAVED }), limit)).toBe(false);
    expect(datedTooLate("checkIns", makeCheckIn({ updatedAt: later }), limit)).toBe(true);
    expect(datedTooLate("checkIns", makeCheckIn({ createdAt: later }), limit)).toBe(true);
    expect(datedTooLate("settings", makeSetting({ value: later }), limit)).toBe(false);
  });

  it("a last-backup time after the file was saved is too late too", () => {
    const limit = latestTrustedTime(SAVED, NOW);
    const row = (value: string) => makeMeta({ key: LAST_BACKUP_META_KEY, value });
    expect(datedTooLate("meta", row(SAVED), limit)).toBe(false);
    expect(datedTooLate("meta", row("9999-12-31T00:00:00.000Z"), limit)).toBe(true);
  });
});
