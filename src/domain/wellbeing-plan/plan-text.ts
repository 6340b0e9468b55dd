/**
 * The plan as plain text, for sharing: only the parts the person chose, each under its
 * heading, blank parts left out. Nothing else of the app goes in.
 */
import { PLAN_PART_IDS, type PlanPartId } from "./parts";
import type { PlanContent } from "./versions";

export function planText(
  content: PlanContent,
  chosen: ReadonlySet<PlanPartId>,
  headingOf: (part: PlanPartId) => string,
  title = "My wellbeing plan",
): string {
  const sections = PLAN_PART_IDS.filter((part) => chosen.has(part))
    .map((part) => ({ part, words: (content.parts[part] ?? "").trim() }))
    .filter(({ words }) => words !== "")
    .map(({ part, words }) => `${headingOf(part)}\n${words}`);
  return [title, ...sections].join("\n\n");
}

/** Parts with words in them: the only ones worth offering to share. */
export function writtenParts(content: PlanContent): PlanPartId[] {
  return PLAN_PART_IDS.filter((part) => (content.parts[part] ?? "").trim() !== "");
}
