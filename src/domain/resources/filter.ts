import type { Resource } from "../pack/schema";
import type { ResourceNeed } from "./needs";

export interface ResourceFilter {
  /** Words typed into search. Case, accents and extra spaces do not matter. */
  query: string;
  /** Chosen needs: a resource is shown when it meets any of them. None chosen means all. */
  needs: readonly ResourceNeed[];
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

/**
 * The resources to show: every word of the search appears somewhere in the name,
 * what it is for or the region (so more words narrow the list), and at least one
 * chosen need is met. The organisation's own contacts come first.
 */
export function filterResources(
  resources: readonly Resource[],
  { query, needs }: ResourceFilter,
): Resource[] {
  const words = searchWords(query);
  return organisationFirst(
    resources.filter((resource) => matchesWords(resource, words) && meetsNeeds(resource, needs)),
  );
}

/** True when a search or a need narrows the list. */
export function isFiltering({ query, needs }: ResourceFilter): boolean {
  return searchWords(query).length > 0 || needs.length > 0;
}
