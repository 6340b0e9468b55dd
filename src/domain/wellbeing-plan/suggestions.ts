/**
 * Suggestions for the plan, drawn from the person's own check-ins and chosen tips.
 * Never written into the plan here: the screen offers each one, and only a tap adds it.
 */
import type { PlanPartId } from "./parts";

/** Stage positions from here up are the harder ones (0 is doing well, 3 the hardest). */
export const HARDER_STAGE_FROM = 2;
/** An area must reach a harder stage this often before it is offered as an early sign. */
export const MIN_TIMES_HARDER = 2;
/** At most this many suggestions per part, so the list stays short. */
export const MAX_SUGGESTIONS = 3;

export interface PlanSuggestion {
  /** Stable: the same source gives the same id, so lists keep their order. */
  id: string;
  part: PlanPartId;
  /** The line that would be added to the part, in first person. */
  text: string;
  /** Why it is offered, in plain words. */
  because: string;
}

/** Only what a suggestion needs from a check-in. */
export interface CheckInAreas {
  domains: readonly { domainId: string; stageIndex: number | null }[];
}

/** Only what a suggestion needs from a chosen tip. */
export interface ChosenTip {
  tipId: string;
  title: string;
  status: "active" | "done" | "dropped";
  updatedAt: string;
}

/** True when the part already says this line (case and spacing do not matter). */
export function alreadySays(partText: string, line: string): boolean {
  const squash = (value: string) => value.toLowerCase().replace(/\s+/g, " ").trim();
  const wanted = squash(line);
  return wanted.length > 0 && squash(partText).includes(wanted);
}

/** The part's text with one more line at the end. */
export function withLine(partText: string, line: string): string {
  const trimmed = partText.replace(/\s+$/, "");
  return trimmed ? `${trimmed}\n${line}` : line;
}

/**
 * Each area's early-sign line, in pack order: the pack's own words for it, or "Changes
 * in my <area>" when the pack has none.
 */
export function earlySignLines(
  areas: readonly { id: string; label: string; sign?: string | undefined }[],
): Map<string, string> {
  return new Map(
    areas.map((area) => [area.id, area.sign ?? `Changes in my ${area.label.toLowerCase()}`]),
  );
}

/**
 * Areas that most often reached a harder stage become candidate early signs: most
 * often first, then in the order the areas are given. `areaLines` holds each area's
 * line (see earlySignLines).
 */
export function earlySignSuggestions(
  checkIns: readonly CheckInAreas[],
  areaLines: ReadonlyMap<string, string>,
  partText: string,
): PlanSuggestion[] {
  const times = new Map<string, number>();
  for (const checkIn of checkIns) {
    for (const area of checkIn.domains) {
      if (area.stageIndex !== null && area.stageIndex >= HARDER_STAGE_FROM) {
        times.set(area.domainId, (times.get(area.domainId) ?? 0) + 1);
      }
    }
  }
  const order = [...areaLines.keys()];
  return [...times]
    .filter(([id, count]) => count >= MIN_TIMES_HARDER && areaLines.has(id))
    .sort(([a, countA], [b, countB]) => countB - countA || order.indexOf(a) - order.indexOf(b))
    .map(([id, count]) => ({
      id: `area-${id}`,
      part: "signsINotice" as const,
      text: areaLines.get(id)!,
      because: `This area was harder in ${count} of your check-ins.`,
    }))
    .filter((suggestion) => !alreadySays(partText, suggestion.text))
    .slice(0, MAX_SUGGESTIONS);
}

/** Tips the person chose (and did not drop) become candidate things that help, newest first. */
export function tipSuggestions(tips: readonly ChosenTip[], partText: string): PlanSuggestion[] {
  const seen = new Set<string>();
  return [...tips]
    .filter((tip) => tip.status !== "dropped")
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .filter((tip) => !seen.has(tip.tipId) && seen.add(tip.tipId))
    .map((tip) => ({
      id: `tip-${tip.tipId}`,
      part: "helpsFromMe" as const,
      text: tip.title,
      because: tip.status === "done" ? "You tried this tip." : "You chose this tip to try.",
    }))
    .filter((suggestion) => !alreadySays(partText, suggestion.text))
    .slice(0, MAX_SUGGESTIONS);
}
