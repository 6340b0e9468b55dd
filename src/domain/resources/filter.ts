import type { REGIONS, WORK_KINDS } from "../pack/constants";
import type { Resource } from "../pack/schema";
import type { ResourceNeed } from "./needs";

export type WorkKind = (typeof WORK_KINDS)[number];
type Region = (typeof REGIONS)[number];

export interface ResourceFilter {
  /** Words typed into search. Case, accents and extra spaces do not matter. */
  query: string;
  /** Chosen needs: a resource is shown when it meets any of them. None chosen means all. */
  needs: readonly ResourceNeed[];
  /** Where the person works: services for other parts of the UK are left out. Null: all. */
  region?: Region | null;
  /** The person's kind of work: services only for other kinds of work are left out. */
  work?: WorkKind | null;
}

/** Lower case, no accents, curly quotes made straight and runs of spaces made one. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[‘’]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a search, normalised; an empty or blank search has none. */
export function searchWords(query: string): string[] {
  const normalised = normaliseText(query);
  return normalised === "" ? [] : normalised.split(" ");
}

/** The organisation's own contacts first; otherwise the pack's order is kept. */
export function organisationFirst<T extends Pick<Resource, "organisation">>(
  resources: readonly T[],
): T[] {
  return [
    ...resources.filter((resource) => resource.organisation),
    ...resources.filter((resource) => !resource.organisation),
  ];
}

function matchesWords(resource: Resource, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normaliseText(`${resource.name} ${resource.for} ${resource.region}`);
  return words.every((word) => haystack.includes(word));
}

function meetsNeeds(resource: Resource, needs: readonly ResourceNeed[]): boolean {
  return needs.length === 0 || resource.needs.some((need) => needs.includes(need));
}

function servesRegion(resource: Resource, region: Region | null | undefined): boolean {
  return !region || !resource.regions || resource.regions.includes(region);
}

function servesWork(resource: Resource, work: WorkKind | null | undefined): boolean {
  return !work || !resource.work || resource.work.includes(work);
}

/**
 * The resources to show: every word of the search appears somewhere in the name,
 * what it is for or the region (so more words narrow the list), and at least one
 * chosen need is met, and the service works where and for whom the person said.
 * The organisation's own contacts come first.
 */
export function filterResources(
  resources: readonly Resource[],
  { query, needs, region, work }: ResourceFilter,
): Resource[] {
  const words = searchWords(query);
  return organisationFirst(
    resources.filter(
      (resource) =>
        matchesWords(resource, words) &&
        meetsNeeds(resource, needs) &&
        servesRegion(resource, region) &&
        servesWork(resource, work),
    ),
  );
}

/** True when a search or a need narrows the list. */
export function isFiltering({ query, needs, region, work }: ResourceFilter): boolean {
  return searchWords(query).length > 0 || needs.length > 0 || !!region || !!work;
}
