import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readReminderNotify, saveReminderNotify } from "../../db/reminder-notify";
import { REMINDER_NOTIFY_MIN_INTERVAL, REMINDER_NOTIFY_TAG } from "../../domain/reminders/notify";
import { resetDb } from "../../testing/db";
import { ReminderNotifications } from "./ReminderNotifications";

const reminder = { rhythm: "weekly", time: "18:00", startOn: "2026-11-23" } as const;

/** A Chromium-like browser: notifications, a running service worker and periodic sync. */
function fakeBrowser({
  permission = "default" as NotificationPermission,
  answer = "granted" as NotificationPermission,
  wake = "granted" as PermissionState,
  registerFails = false,
} = {}) {
  const tags = new Set<string>();
  const periodicSync = {
    register: vi.fn(async (tag: string) => {
      if (registerFails) throw new DOMException("Not installed", "NotAllowedError");
      tags.add(tag);
    }),
    unregister: vi.fn(async (tag: string) => void tags.delete(tag)),
    getTags: vi.fn(async () => [...tags]),
  };
  const registration = { active: {}, periodicSync, getNotifications: async () => [] };
  const notification = {
    permission,
    requestPermission: vi.fn(async () => {
      notification.permission = answer;
      return answer;
    }),
  };
  vi.stubGlobal("Notification", notification);
  vi.stubGlobal(
    "ServiceWorkerRegistration",
    class {
      get periodicSync() {
        return periodicSync;
      }
    },
  );
  Object.defineProperty(navigator, "serviceWorker", {
    configurable: true,
    value: { getRegistration: async () => registration },
  });
  Object.defineProperty(navigator, "permissions", {
    configurable: true,
    value: { query: vi.fn(async () => ({ state: wake })) },
  });
  return { periodicSync, notification, tags };
}

describe("notifications on this device", () => {
  beforeEach(resetDb);
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, "serviceWorker");
    Reflect.deleteProperty(navigator, "permissions");
  });

  it("says plainly when this browser cannot show reminders, with no button", () => {
    render(<ReminderNotifications reminder={reminder} />);
    expect(screen.getByText(/This browser cannot show reminders by itself/)).toBeVisible();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("asks for permission only on the tap, and a no changes nothing", async () => {
    const browser = fakeBrowser({ answer: "denied" });
    render(<ReminderNotifications reminder={reminder} />);
    const turnOn = await screen.findByRole("button", { name: "Turn on notifications" });
    expect(browser.notification.requestPermission).not.toHaveBeenCalled();
    await userEvent.click(turnOn);
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        /not allowed for this app, so nothing has changed/,
      ),
    );
    expect(browser.periodicSync.register).not.toHaveBeenCalled();
    expect(await readReminderNotify()).toBeNull();
    expect(screen.getByRole("button", { name: "Turn on notifications" })).toBeEnabled();
  });

  it("explains kindly when the phone will not wake the app, and keeps nothing", async () => {
    const browser = fakeBrowser({ wake: "denied" });
    render(<ReminderNotifications reminder={reminder} />);
    await userEvent.click(await screen.findByRole("button", { name: "Turn on notifications" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        /will not wake the app by itself yet, so nothing has changed/,
      ),
    );
    expect(browser.periodicSync.register).not.toHaveBeenCalled();
    expect(await readReminderNotify()).toBeNull();
  });

  it("explains kindly when registering is refused, and keeps nothing", async () => {
    fakeBrowser({ registerFails: true });
    render(<ReminderNotifications reminder={reminder} />);
    await userEvent.click(await screen.findByRole("button", { name: "Turn on notifications" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(/nothing has changed/),
    );
    expect(await readReminderNotify()).toBeNull();
  });

  it("turns on: wakes every 12 hours at most, keeps the plan, and shows it is on", async () => {
    const browser = fakeBrowser();
    render(<ReminderNotifications reminder={reminder} />);
    await userEvent.click(await screen.findByRole("button", { name: "Turn on notifications" }));
    expect(await screen.findByText("Notifications are on for this device.")).toBeVisible();
    expect(browser.periodicSync.register).toHaveBeenCalledWith(REMINDER_NOTIFY_TAG, {
      minInterval: REMINDER_NOTIFY_MIN_INTERVAL,
    });
    expect(await readReminderNotify()).toEqual(reminder);
  });

  it("shows that it is on when you come back, and turning off undoes everything", async () => {
    const browser = fakeBrowser({ permission: "granted" });
    browser.tags.add(REMINDER_NOTIFY_TAG);
    await saveReminderNotify(reminder);
    render(<ReminderNotifications reminder={reminder} />);
    await userEvent.click(await screen.findByRole("button", { name: "Turn off notifications" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Notifications are off on this device."),
    );
    expect(browser.tags.size).toBe(0);
    expect(await readReminderNotify()).toBeNull();
    expect(screen.getByRole("button", { name: "Turn on notifications" })).toBeVisible();
  });

  it("shows off when the phone has stopped waking the app, though the plan is kept", async () => {
    fakeBrowser({ permission: "granted" });
    await saveReminderNotify(reminder);
    render(<ReminderNotifications reminder={reminder} />);
    expect(await screen.findByRole("button", { name: "Turn on notifications" })).toBeVisible();
  });
});
