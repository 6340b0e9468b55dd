/**
 * Support services for staff, and learning and community for the people who lead the
 * work, share the pack's resource list; a resource's `kind` tells them apart.
 */
import type { ResourceKind } from "../pack/constants";
import type { Resource } from "../pack/schema";

/** A support service for staff: what the Resources screen lists. */
export function isSupportService(resource: Pick<Resource, "kind">): boolean {
  return resource.kind === undefined;
}

export const LEARNING_KINDS: readonly { kind: ResourceKind; heading: string; none: string }[] = [
  {
    kind: "training",
    heading: "Training",
    none: "No training is listed in this content pack yet.",
  },
  {
    kind: "network",
    heading: "Networks for people who lead this work",
    none: "No networks are listed in this content pack yet.",
  },
  {
    kind: "community",
    heading: "Communities of practice",
    none: "No communities of practice are listed in this content pack yet.",
  },
];

/** Learning and community resources under each kind, in the fixed order and pack order. */
export function learningByKind(
  resources: readonly Resource[],
): { kind: ResourceKind; heading: string; none: string; resources: Resource[] }[] {
  return LEARNING_KINDS.map((group) => ({
    ...group,
    resources: resources.filter((resource) => resource.kind === group.kind),
  }));
}
