/** When each database schema version (schema.ts) came, and why. Tests check every version has one. */
export const SCHEMA_NOTES: Readonly<Record<number, { date: string; why: string }>> = {
  1: {
    date: "2026-11-23",
    why: "First schema: check-ins, drafts, plan actions, peer check-ins, supervision preps, settings, content packs, meta.",
  },
  2: {
    date: "2026-12-06",
    why: "My wellbeing plan: a new table for the plan in the person's own words and its saved versions. Nothing else changes.",
  },
  3: {
    date: "2026-12-07",
    why: "For teams and organisations: new tables for team reflections, pledges, key actions and stories of practice. Nothing else changes.",
  },
};
