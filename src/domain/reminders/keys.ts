/** Where the reminder is kept in the settings table. Alone here so Home loads only this. */
export const REMINDER_SETTING = "reminder";
