import { RESOURCE_NEEDS, WORK_KINDS } from "../pack/constants";
import type { WorkKind } from "./filter";
import type { Resource } from "../pack/schema";

export type ResourceNeed = (typeof RESOURCE_NEEDS)[number];

/** Plain words for each need a resource can meet, as the filter shows them. */
export const NEED_LABELS: Record<ResourceNeed, string> = {
  urgent: "Urgent help",
  talk: "Someone to talk to",
  therapy: "Talking therapy",
  abuse: "Abuse or violence",
  alcohol: "Alcohol and drugs",
  grief: "Grief and loss",
  money: "Money worries",
  sleep: "Sleep",
  work: "Work",
};

/**
 * The needs at least one resource meets, in the fixed order. A need no resource
 * meets is left out: a filter that can only ever show nothing is a dead end.
 */
export function needsInUse(resources: readonly Resource[]): ResourceNeed[] {
  const used = new Set(resources.flatMap((resource) => resource.needs));
  return RESOURCE_NEEDS.filter((need) => used.has(need));
}

/** Plain words for each kind of work, as the filter shows them. */
export const WORK_LABELS: Record<WorkKind, string> = {
  health: "Health care",
  "social-care": "Social care",
  education: "Education",
  "police-emergency": "Police and emergency services",
};

/** The kinds of work some resource is only for: a choice no service fits is left out. */
export function workKindsInUse(resources: readonly Resource[]): WorkKind[] {
  const used = new Set(resources.flatMap((resource) => resource.work ?? []));
  return WORK_KINDS.filter((kind) => used.has(kind));
}
