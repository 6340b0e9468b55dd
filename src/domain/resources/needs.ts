import { RESOURCE_NEEDS } from "../pack/constants";
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
