/**
 * Which questions a check-in asks: every question (full), or the pack's one question
 * per area plus every safety question (quick). The scorer and the form both read this,
 * so a skipped question is only ever one that was asked.
 */
import type { ContentPack, Item } from "../pack/schema";

export const CHECK_IN_MODES = ["full", "quick"] as const;
export type CheckInMode = (typeof CHECK_IN_MODES)[number];

/** True when the pack chooses questions for the one-minute check-in. */
export function hasQuickCheckIn(pack: ContentPack): boolean {
  return pack.items.some((item) => item.quick === true && !item.redFlag);
}

/** The questions asked in this mode, in pack order. A pack without quick questions asks all. */
export function askedItems(pack: ContentPack, mode: CheckInMode): Item[] {
  if (mode === "full" || !hasQuickCheckIn(pack)) return pack.items;
  return pack.items.filter((item) => item.quick === true || item.redFlag !== undefined);
}

/**
 * True when so many questions were skipped (a quarter or more) that the result may be
 * lighter than things really are: skips never count against a person, so they can only
 * hide a hard answer, never add one.
 */
export function mayBeLighter(result: { answered: number; skipped: number }): boolean {
  return result.skipped > 0 && result.skipped * 4 >= result.answered + result.skipped;
}
