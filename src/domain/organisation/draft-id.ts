/** The one team reflection being filled in on this device (saved ones get their own ids). */
export const REFLECTION_DRAFT_ID = "reflection-draft";
