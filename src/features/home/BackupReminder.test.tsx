import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "../../db/database";
import { readMeta } from "../../db/meta";
import { resetDb } from "../../testing/db";
import { makeCheckIn } from "../../testing/records";
import { useBackupStatus, useMeta } from "../../db/hooks";
import { BackupReminder, REMINDER_QUIET_KEY, reminderDecision } from "./BackupReminder";

/** The reminder fed from the database, as Home feeds it. */
function FromDatabase() {
  const status = useBackupStatus();
  const quietUntil = useMeta<string>(REMINDER_QUIET_KEY);
  if (status === undefined || quietUntil === undefined) return null;
  return <BackupReminder status={status} quietUntil={quietUntil} />;
}

const NOW = new Date("2026-11-30T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe("when Home reminds about backups", () => {
  it("stays quiet with no history, or nothing new since the last backup", () => {
    expect(reminderDecision({ lastBackupAt: null, lastChangeAt: null }, null, NOW)).toBe("hide");
    expect(
      reminderDecision({ lastBackupAt: daysAgo(60), lastChangeAt: daysAgo(61) }, null, NOW),
    ).toBe("hide");
  });

  it("stays quiet for 30 days after a backup", () => {
    expect(
      reminderDecision({ lastBackupAt: daysAgo(29), lastChangeAt: daysAgo(1) }, null, NOW),
    ).toBe("hide");
    expect(
      reminderDecision({ lastBackupAt: daysAgo(30), lastChangeAt: daysAgo(1) }, null, NOW),
    ).toBe("show");
  });

  it("gives a new person 30 quiet days before the first reminder", () => {
    const fresh = { lastBackupAt: null, lastChangeAt: daysAgo(0) };
    expect(reminderDecision(fresh, null, NOW)).toBe("start-quiet");
    expect(reminderDecision(fresh, daysAgo(-29), NOW)).toBe("hide");
    expect(reminderDecision(fresh, daysAgo(1), NOW)).toBe("show");
  });

  it("stays quiet for 30 days after “Not now”", () => {
    const old = { lastBackupAt: daysAgo(90), lastChangeAt: daysAgo(1) };
    expect(reminderDecision(old, daysAgo(-10), NOW)).toBe("hide");
    expect(reminderDecision(old, daysAgo(0), NOW)).toBe("show");
  });
});

describe("the backup reminder on Home", () => {
  beforeEach(resetDb);

  it("shows gently when due, links to backups, and “Not now” hides it for 30 days", async () => {
    const user = userEvent.setup();
    const recent = new Date(Date.now() - 86_400_000).toISOString();
    await getDb().checkIns.put(makeCheckIn({ createdAt: recent, updatedAt: recent }));
    await getDb().meta.put({
      key: "lastBackupAt",
      value: new Date(Date.now() - 45 * 86_400_000).toISOString(),
    });
    await act(async () => {
      render(<FromDatabase />);
    });
    expect(
      await screen.findByRole("heading", { name: "Keep a copy of your records" }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "Save a backup" })).toHaveAttribute(
      "href",
      "/settings/data",
    );
    await user.click(screen.getByRole("button", { name: "Not now" }));
    await waitFor(() =>
      expect(screen.queryByRole("heading", { name: "Keep a copy of your records" })).toBeNull(),
    );
    const quietUntil = await readMeta<string>(REMINDER_QUIET_KEY);
    expect(Date.parse(quietUntil!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it("starts the quiet days for someone who has never backed up, showing nothing", async () => {
    await getDb().checkIns.put(makeCheckIn({ updatedAt: new Date().toISOString() }));
    const { container } = render(<FromDatabase />);
    await waitFor(async () => expect(await readMeta(REMINDER_QUIET_KEY)).toBeDefined());
    expect(container).toBeEmptyDOMElement();
  });
});
