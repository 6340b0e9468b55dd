/**
 * What a new version of a content pack changes in its support services, so the person
 * can see it before saying yes to the update: services added, services gone, and
 * services whose name, ways to reach them, hours, places or who they are for are
 * different. Training, networks and communities for leads are not support: left out.
 */
import { isSupportService } from "../resources/kinds";
import type { ContentPack, Resource } from "./schema";

export interface ContactChanges {
  /** Names, in the new pack's order. */
  added: string[];
  /** Anything a person relies on is different (named as in the new pack). */
  changed: string[];
  /** Names, in the old pack's order. */
  removed: string[];
}

/** Everything about a service a person relies on: anything else is layout or wording. */
function whatMatters(resource: Resource): string {
  const { name, for: who, needs, contacts, hours, region, regions, work, organisation } = resource;
  return JSON.stringify({
    name,
    who,
    needs,
    contacts: contacts.map(({ kind, label, href }) => [kind, label, href]),
    hours,
    region,
    regions,
    work,
    organisation,
  });
}

export function contactChanges(
  before: Pick<ContentPack, "resources">,
  after: Pick<ContentPack, "resources">,
): ContactChanges {
  const was = before.resources.filter(isSupportService);
  const now = after.resources.filter(isSupportService);
  const old = new Map(was.map((resource) => [resource.id, whatMatters(resource)]));
  const next = new Set(now.map((resource) => resource.id));
  return {
    added: now.filter((r) => !old.has(r.id)).map((r) => r.name),
    changed: now
      .filter((r) => old.has(r.id) && old.get(r.id) !== whatMatters(r))
      .map((r) => r.name),
    removed: was.filter((r) => !next.has(r.id)).map((r) => r.name),
  };
}

export function hasContactChanges(changes: ContactChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}
