import type { ContentPack, Domain, Item } from "../pack/schema";

export interface CheckInStep {
  domain: Domain;
  items: Item[];
}

/** One step per domain that has questions, in the pack's domain order. */
export function buildSteps(pack: ContentPack): CheckInStep[] {
  return pack.domains
    .map((domain) => ({ domain, items: pack.items.filter((item) => item.domain === domain.id) }))
    .filter((step) => step.items.length > 0);
}

/** Value a form uses for "prefer not to say"; stored as null in answers. */
export const SKIP = "skip";

/** Form values (option id, "skip" or empty) to stored answers (option id or null). */
export function toAnswers(values: Readonly<Record<string, string | null | undefined>>) {
  const answers: Record<string, string | null> = {};
  for (const [itemId, value] of Object.entries(values)) {
    if (value === SKIP || value === null) answers[itemId] = null;
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
