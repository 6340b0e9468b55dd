/**
 * What a new version of a content pack changes in its support contacts, so the person
 * can see it before saying yes to the update: services added, services gone, and
 * services whose name, ways to reach them or hours are different.
 */
import type { ContentPack, Resource } from "./schema";

export interface ContactChanges {
  /** Names, in the new pack's order. */
  added: string[];
  /** New name, contacts or hours (named as in the new pack). */
  changed: string[];
  /** Names, in the old pack's order. */
  removed: string[];
}

function sameService(before: Resource, after: Resource): boolean {
  const reach = (resource: Resource) =>
    JSON.stringify(resource.contacts.map(({ kind, label, href }) => [kind, label, href]));
  return (
    before.name === after.name && before.hours === after.hours && reach(before) === reach(after)
  );
}

export function contactChanges(
  before: Pick<ContentPack, "resources">,
  after: Pick<ContentPack, "resources">,
): ContactChanges {
  const old = new Map(before.resources.map((resource) => [resource.id, resource]));
  const next = new Set(after.resources.map((resource) => resource.id));
  return {
    added: after.resources.filter((r) => !old.has(r.id)).map((r) => r.name),
    changed: after.resources
      .filter((r) => old.has(r.id) && !sameService(old.get(r.id)!, r))
      .map((r) => r.name),
    removed: before.resources.filter((r) => !next.has(r.id)).map((r) => r.name),
  };
}

export function hasContactChanges(changes: ContactChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}
