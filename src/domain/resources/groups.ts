import type { Resource } from "../pack/schema";
import { NEED_LABELS, type ResourceNeed } from "./needs";

/**
 * The kinds the Resources list is grouped by, in the order shown: 999 on its own first,
 * then the organisation's own support, crisis lines, and the rest by what they help with.
 */
export const GROUP_KINDS = [
  "emergency",
  "own",
  "urgent",
  "abuse",
  "job",
  "therapy",
  "alcohol",
  "grief",
  "money",
  "talk",
  "sleep",
  "work",
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** The heading of each group, in plain words. */
export const GROUP_LABELS: Record<GroupKind, string> = {
  ...NEED_LABELS,
  emergency: "Emergency: danger now",
  own: "From your organisation",
  urgent: "Urgent help and crisis lines",
  job: "For your kind of work",
  work: "Help with work",
};

export interface ResourceGroup {
  kind: GroupKind;
  resources: Resource[];
}

/** The one group a resource goes in: the first kind in GROUP_KINDS that fits it. */
export function groupOf(resource: Resource, emergencyId: string): GroupKind {
  if (resource.id === emergencyId) return "emergency";
  if (resource.organisation) return "own";
  const needs = new Set<ResourceNeed>(resource.needs);
  if (needs.has("urgent")) return "urgent";
  if (needs.has("abuse")) return "abuse";
  if (resource.work) return "job";
  // A resource with no need we know (a pack may list none) still shows, with the talk lines.
  return (
    GROUP_KINDS.find((kind): kind is ResourceNeed & GroupKind => needs.has(kind as ResourceNeed)) ??
    "talk"
  );
}

/**
 * Resources in groups, each in GROUP_KINDS order, keeping the list's own order inside a
 * group. Every resource is in exactly one group; an empty group is left out.
 */
export function groupResources(
  resources: readonly Resource[],
  emergencyId: string,
): ResourceGroup[] {
  return GROUP_KINDS.map((kind) => ({
    kind,
    resources: resources.filter((resource) => groupOf(resource, emergencyId) === kind),
  })).filter((group) => group.resources.length > 0);
}

/** The first sentence of a description: the one line a compact row shows. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return match ? match[0] : text.trim();
}
