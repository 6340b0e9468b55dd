import type { ContentPack, Item } from "../pack/schema";
import { askedItems, type CheckInMode } from "../scoring/asked";

export interface CheckInStep {
  /** The step's heading: an area's name, or the quick check-in's own. */
  title: string;
  hint: string;
  items: Item[];
}

/**
 * The full check-in has one step per area that has questions, in the pack's order. The
 * quick one asks its few questions on a single page, so it is a tap per answer.
 */
export function buildSteps(pack: ContentPack, mode: CheckInMode = "full"): CheckInStep[] {
  const asked = askedItems(pack, mode);
  if (mode === "quick" && asked !== pack.items) {
    return [{ title: "Quick check-in", hint: "One question for each part of life.", items: asked }];
  }
  return pack.domains
    .map((domain) => ({
      title: domain.label,
      hint: domain.short,
      items: asked.filter((item) => item.domain === domain.id),
    }))
    .filter((step) => step.items.length > 0);
}

/** Value a form uses for "prefer not to say"; stored as null in answers. */
export const SKIP = "skip";

/**
 * Form values to stored answers: an option id stays, "prefer not to say" (SKIP) is
 * stored as null. A question never answered (the form reads it as null, undefined or
 * empty) is left out, so it comes back unanswered, never as "prefer not to say".
 */
export function toAnswers(values: Readonly<Record<string, string | null | undefined>>) {
  const answers: Record<string, string | null> = {};
  for (const [itemId, value] of Object.entries(values)) {
    if (value === SKIP) answers[itemId] = null;
    else if (typeof value === "string" && value !== "") answers[itemId] = value;
  }
  return answers;
}

/** Stored answers back to form values. */
export function toFormValues(answers: Readonly<Record<string, string | null>>) {
  const values: Record<string, string> = {};
  for (const [itemId, value] of Object.entries(answers)) values[itemId] = value ?? SKIP;
  return values;
}

/** True when choosing this option of this item should open the safety screen. */
export function isRedFlagAnswer(pack: ContentPack, itemId: string, optionId: string): boolean {
  const item = pack.items.find((candidate) => candidate.id === itemId);
  return !!item?.redFlag && !!item.options.find((option) => option.id === optionId)?.flag;
}
