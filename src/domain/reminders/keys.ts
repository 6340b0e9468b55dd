/** Where the reminder is kept in the settings table. Alone here so Home loads only this. */
export const REMINDER_SETTING = "reminder";

/**
 * The `meta` row the service worker reads for reminder notifications: `meta` is never
 * sealed, so it can read it while the app is locked. About this device only.
 */
export const REMINDER_NOTIFY_META_KEY = "reminderNotify";
