import { REGIONS } from "../pack/constants";

/** Where a person works: the four UK nations. Not saying is always allowed (null). */
export { REGIONS };
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/** The key in the device meta table: readable while locked (Help now), and backed up. */
export { REGION_META_KEY } from "../backup/meta-keys";

/** A stored value read back as a region, or null (not said, or not one we know). */
export function asRegion(value: unknown): Region | null {
  return typeof value === "string" && (REGIONS as readonly string[]).includes(value)
    ? (value as Region)
    : null;
}

/** Plain words for where a service works, e.g. "UK-wide" or "England and Wales". */
export function regionsLabel(regions: readonly Region[]): string {
  if (REGIONS.every((region) => regions.includes(region))) return "UK-wide";
  const names = REGIONS.filter((region) => regions.includes(region)).map((r) => REGION_LABELS[r]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
