/**
 * Saved versions of the plan: a copy is kept when the person asks, so they can see how
 * the plan changed. Pure rules about when a copy adds something and what changed.
 */
import { PLAN_PART_IDS, type PlanPartId } from "./parts";

export interface PlanContent {
  parts: Partial<Record<PlanPartId, string>>;
  reviewOn?: string | undefined;
}

const text = (content: PlanContent, part: PlanPartId) => (content.parts[part] ?? "").trim();

/** Parts whose words differ (blank and missing count as the same). */
export function changedParts(before: PlanContent, after: PlanContent): PlanPartId[] {
  return PLAN_PART_IDS.filter((part) => text(before, part) !== text(after, part));
}

export function isEmptyPlan(content: PlanContent): boolean {
  return PLAN_PART_IDS.every((part) => text(content, part) === "") && !content.reviewOn;
}

/** A copy is worth keeping when there is a plan and it differs from the last copy kept. */
export function isWorthSaving(current: PlanContent, lastSaved: PlanContent | null): boolean {
  if (isEmptyPlan(current)) return false;
  if (!lastSaved) return true;
  return (
    changedParts(lastSaved, current).length > 0 ||
    (current.reviewOn ?? "") !== (lastSaved.reviewOn ?? "")
  );
}

/** Versions newest first (by when they were saved, then id so the order never wobbles). */
export function newestFirst<T extends { createdAt: string; id: string }>(
  versions: readonly T[],
): T[] {
  return [...versions].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}
