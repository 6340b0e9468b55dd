import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { exportAllData, type RestorePreview as Preview } from "../../db/backup";
import { getDb } from "../../db/database";
import { resetDb } from "../../testing/db";
import { tablePreview } from "../../testing/restore-preview";
import { makeCheckIn } from "../../testing/records";
import { RestorePreview } from "./RestorePreview";
import { RestoreSection } from "./RestoreSection";

const FIXTURES = join(process.cwd(), "tests/fixtures/backups");

const PREVIEW: Preview = {
  tables: {
    checkIns: tablePreview({
      new: 3,
      unchanged: 8,
      updated: 1,
      keptHere: 1,
      onlyHere: 2,
      tooLate: 1,
      replaced: [
        {
          key: "b",
          createdAt: "2026-11-03T09:00:00.000Z",
          hereChanged: "2026-11-04T09:00:00.000Z",
          fileChanged: "2026-11-05T09:00:00.000Z",
        },
      ],
    }),
    drafts: tablePreview({ new: 1 }),
    planActions: tablePreview(),
    peerCheckIns: tablePreview({ new: 1 }),
    supervisionPreps: tablePreview({ unchanged: 2 }),
    wellbeingPlans: tablePreview(),
    teamReflections: tablePreview(),
    pledges: tablePreview(),
    orgActions: tablePreview(),
    practiceStories: tablePreview(),
    settings: tablePreview({ updated: 1, replaced: [{ key: "appearance" }] }),
    contentPacks: tablePreview(),
    meta: tablePreview({ new: 1 }),
  },
  checkIns: { from: "2026-11-02T09:00:00.000Z", to: "2026-11-16T09:00:00.000Z" },
  deviceDetails: 2,
};

function renderPreview() {
  const onRestore = vi.fn();
  const onCancel = vi.fn();
  render(
    <RestorePreview
      preview={PREVIEW}
      exportedAt="2026-11-20T18:30:00.000Z"
      protectedFile
      busy={false}
      onRestore={onRestore}
      onCancel={onCancel}
    />,
  );
  return { onRestore, onCancel };
}

describe("the restore preview", () => {
  it("says what the backup holds and what is new, already here or newer here", () => {
    renderPreview();
    expect(screen.getByRole("heading", { name: "What is in this backup" })).toHaveFocus();
    expect(screen.getByText(/protected with a passphrase/)).toBeVisible();
    expect(screen.getByText(/run from 2 Nov 2026 to 16 Nov 2026/)).toBeVisible();
    const checkIns = screen.getByText("13 check-ins").closest("li")!;
    expect(within(checkIns).getByText("3 new to this device")).toBeVisible();
    expect(within(checkIns).getByText("8 already here, just the same")).toBeVisible();
    expect(
      within(checkIns).getByText("1 newer in the file: restoring brings it up to date"),
    ).toBeVisible();
    expect(
      within(checkIns).getByText("1 newer on this device: merging keeps this device’s copy"),
    ).toBeVisible();
    expect(
      within(checkIns).getByText(
        "2 only on this device: merging keeps them, replacing removes them",
      ),
    ).toBeVisible();
    expect(screen.getByText("1 peer check-in")).toBeVisible();
    expect(screen.getByText("2 supervision preparations")).toBeVisible();
    expect(screen.getByText("No plan actions")).toBeVisible();
    expect(
      within(checkIns).getByText(/1 dated after the backup was saved, which cannot be right/),
    ).toBeVisible();
  });

  it("shows every kind of change: other tables, records it would overwrite, device details left out", () => {
    renderPreview();
    expect(screen.getByText("1 unfinished check-in")).toBeVisible();
    const settings = screen.getByText("1 setting").closest("li")!;
    expect(
      within(settings).getByText("1 different in the file: restoring uses the file’s copy"),
    ).toBeVisible();
    expect(within(settings).getByText("Setting “appearance”")).toBeVisible();
    expect(screen.getByText("1 app detail")).toBeVisible();
    // Empty tables other than the main four are not listed.
    expect(screen.queryByText("No saved content packs")).toBeNull();
    const checkIns = screen.getByText("13 check-ins").closest("li")!;
    expect(
      within(checkIns).getByText(
        "Check-in from 3 Nov 2026: changed here 4 Nov 2026, in the file 5 Nov 2026",
      ),
    ).toBeVisible();
    expect(screen.getByText(/2 details about the device it was saved on/)).toHaveTextContent(
      "the lock and passcode on this device stay just as they are",
    );
  });

  it("merges straight away, since merging never removes anything", async () => {
    const user = userEvent.setup();
    const { onRestore } = renderPreview();
    expect(screen.getByRole("radio", { name: /^Merge/ })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(onRestore).toHaveBeenCalledWith("merge");
  });

  it("explains what replacing removes, and asks once more before replacing", async () => {
    const user = userEvent.setup();
    const { onRestore } = renderPreview();
    await user.click(screen.getByRole("radio", { name: /^Replace/ }));
    expect(
      screen.getByText(/removes anything on this device that is not in the backup/),
    ).toHaveTextContent(
      "(2 records), and puts the backup’s older copy in place of 1 record that is newer here.",
    );
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(onRestore).not.toHaveBeenCalled();
    expect(
      screen.getByRole("heading", { name: "Replace the records on this device?" }),
    ).toHaveFocus();
    expect(
      screen.getByText(/2 records that are only on this device will be removed/),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "No, go back" }));
    expect(screen.getByRole("radio", { name: /^Replace/ })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Restore" }));
    await user.click(screen.getByRole("button", { name: "Yes, replace my records" }));
    expect(onRestore).toHaveBeenCalledWith("replace");
  });

  it("cancels without restoring", async () => {
    const user = userEvent.setup();
    const { onRestore, onCancel } = renderPreview();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalled();
    expect(onRestore).not.toHaveBeenCalled();
  });
});

function fixture(name: string, type = "application/json"): File {
  return new File([readFileSync(join(FIXTURES, name))], name, { type });
}

describe("restoring a file", () => {
  beforeEach(resetDb);

  it("refuses a broken file with its own message and changes nothing", async () => {
    const user = userEvent.setup();
    await getDb().checkIns.put(makeCheckIn({ id: "mine" }));
    const before = await exportAllData();
    render(<RestoreSection />);
    await user.upload(screen.getByLabelText("Backup file"), fixture("newer-version.json"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("backup version 4; this app can read up to version 3");
    expect(alert).toHaveTextContent("Nothing has been changed.");
    expect(await exportAllData()).toEqual(before);
  });

  it("shows a plain backup's contents, then merges it when asked", async () => {
    const user = userEvent.setup();
    render(<RestoreSection />);
    await user.upload(screen.getByLabelText("Backup file"), fixture("valid/plain.json"));
    expect(await screen.findByRole("heading", { name: "What is in this backup" })).toBeVisible();
    expect(screen.getByText("1 check-in")).toBeVisible();
    expect(await getDb().checkIns.count()).toBe(0);
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(await screen.findByText(/Your backup has been restored/)).toBeVisible();
    expect(await getDb().checkIns.count()).toBe(1);
    expect(await getDb().peerCheckIns.count()).toBe(1);
  });

  it("asks for the passphrase of a protected backup, and says kindly when it is wrong", async () => {
    const user = userEvent.setup();
    render(<RestoreSection />);
    await user.upload(screen.getByLabelText("Backup file"), fixture("valid/protected.json"));
    const field = await screen.findByLabelText("Passphrase");
    await user.type(field, "correct horse battery stapler");
    await user.click(screen.getByRole("button", { name: "Open backup" }));
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "This passphrase does not open this backup",
    );
    await user.clear(screen.getByLabelText("Passphrase"));
    await user.type(screen.getByLabelText("Passphrase"), "correct horse battery staple");
    await user.click(screen.getByRole("button", { name: "Open backup" }));
    expect(
      await screen.findByRole("heading", { name: "What is in this backup" }, { timeout: 10_000 }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  }, 30_000);
});
