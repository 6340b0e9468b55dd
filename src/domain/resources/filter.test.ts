import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RESOURCE_NEEDS } from "../pack/constants";
import type { Resource } from "../pack/schema";
import { filterResources, isFiltering, normaliseText, organisationFirst } from "./filter";
import { NEED_LABELS, needsInUse } from "./needs";

function makeResource(id: string, overrides: Partial<Resource> = {}): Resource {
  return {
    id,
    name: `Service ${id}`,
    for: "Someone to listen.",
    needs: ["talk"],
    contacts: [{ kind: "call", label: "Call 0800 000 000", href: "tel:0800000000" }],
    hours: "24 hours",
    region: "UK",
    checked: "2026-11-01",
    ...overrides,
  };
}

const samaritans = makeResource("samaritans", {
  name: "Samaritans",
  for: "Someone to listen, whatever you are going through.",
  needs: ["urgent", "talk"],
  region: "UK and Ireland",
});
const nhs = makeResource("nhs-111", {
  name: "NHS 111, option 2 (mental health)",
  for: "Urgent mental health help when it is not an emergency.",
  needs: ["urgent"],
  region: "England",
});
const debt = makeResource("debt-advice", {
  name: "Money advice",
  for: "Free help with debt and bills.",
  needs: ["money"],
  region: "Wales",
});
const eap = makeResource("our-eap", {
  name: "Our employee assistance programme",
  for: "Free, private counselling for staff.",
  needs: ["talk", "work"],
  region: "Staff only",
  organisation: true,
});
const all = [samaritans, nhs, debt, eap];
const ids = (resources: Resource[]) => resources.map((resource) => resource.id);

describe("filterResources", () => {
  it("shows everything, the organisation's own first, when nothing is chosen", () => {
    expect(ids(filterResources(all, { query: "", needs: [] }))).toEqual([
      "our-eap",
      "samaritans",
      "nhs-111",
      "debt-advice",
    ]);
  });

  it("finds words in the name, what it is for and the region", () => {
    expect(ids(filterResources(all, { query: "samaritans", needs: [] }))).toEqual(["samaritans"]);
    expect(ids(filterResources(all, { query: "debt", needs: [] }))).toEqual(["debt-advice"]);
    expect(ids(filterResources(all, { query: "ireland", needs: [] }))).toEqual(["samaritans"]);
  });

  it("does not mind capitals, accents or extra spaces", () => {
    const tidy = ids(filterResources(all, { query: "mental health", needs: [] }));
    expect(tidy).toEqual(["nhs-111"]);
    for (const query of ["  MENTAL   Health ", "mental\thealth", "méntal health"]) {
      expect(ids(filterResources(all, { query, needs: [] }))).toEqual(tidy);
    }
  });

  it("needs every word to match somewhere, so more words narrow the list", () => {
    expect(ids(filterResources(all, { query: "free", needs: [] }))).toEqual([
      "our-eap",
      "debt-advice",
    ]);
    expect(ids(filterResources(all, { query: "free debt", needs: [] }))).toEqual(["debt-advice"]);
    expect(filterResources(all, { query: "free debt sleep", needs: [] })).toEqual([]);
  });

  it("shows resources that meet any chosen need", () => {
    expect(ids(filterResources(all, { query: "", needs: ["money"] }))).toEqual(["debt-advice"]);
    expect(ids(filterResources(all, { query: "", needs: ["money", "work"] }))).toEqual([
      "our-eap",
      "debt-advice",
    ]);
    expect(filterResources(all, { query: "", needs: ["sleep"] })).toEqual([]);
  });

  it("combines a search with needs", () => {
    expect(ids(filterResources(all, { query: "listen", needs: ["urgent"] }))).toEqual([
      "samaritans",
    ]);
  });
});

describe("the helpers around the filter", () => {
  it("normalises text for matching", () => {
    expect(normaliseText("  Café   O’Brien\n")).toBe("cafe o'brien");
  });

  it("says when the list is narrowed", () => {
    expect(isFiltering({ query: "   ", needs: [] })).toBe(false);
    expect(isFiltering({ query: "a", needs: [] })).toBe(true);
    expect(isFiltering({ query: "", needs: ["talk"] })).toBe(true);
  });

  it("offers only the needs some resource meets, in the fixed order, each with plain words", () => {
    expect(needsInUse(all)).toEqual(["urgent", "talk", "money", "work"]);
    for (const need of RESOURCE_NEEDS) expect(NEED_LABELS[need]).toMatch(/^[A-Z][a-z ]+$/);
  });
});

const word = fc.constantFrom("help", "Money", "sleep", "UK", "talk", "free", "ä", "24");
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const resourceArbitrary = fc
  .array(
    fc.record({
      name: text,
      for: text,
      region: text,
      needs: fc.subarray([...RESOURCE_NEEDS], { minLength: 1 }),
      organisation: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 12 },
  )
  .map((specs) =>
    specs.map(({ organisation, ...spec }, index) =>
      makeResource(`r${index}`, {
        ...spec,
        ...(organisation === undefined ? {} : { organisation }),
      }),
    ),
  );
const filterArbitrary = fc.record({
  query: fc
    .array(fc.oneof(word, fc.constantFrom(" ", "  ", "\t")), { maxLength: 4 })
    .map((parts) => parts.join(" ")),
  needs: fc.subarray([...RESOURCE_NEEDS]),
});

/** True when `part` appears in `whole` in the same order (gaps allowed). */
function isSubsequence<T>(part: readonly T[], whole: readonly T[]): boolean {
  let at = 0;
  for (const item of whole) if (item === part[at]) at++;
  return at === part.length;
}

describe("filterResources, for any resources and any search", () => {
  it("returns a subset in the original order, with the organisation's own first", () => {
    fc.assert(
      fc.property(resourceArbitrary, filterArbitrary, (resources, filter) => {
        const result = filterResources(resources, filter);
        expect(isSubsequence(result, organisationFirst(resources))).toBe(true);
        const firstOther = result.findIndex((resource) => !resource.organisation);
        if (firstOther >= 0) {
          expect(result.slice(firstOther).some((resource) => resource.organisation)).toBe(false);
        }
      }),
    );
  });

  it("returns everything when the search is blank and no need is chosen", () => {
    fc.assert(
      fc.property(resourceArbitrary, fc.constantFrom("", " ", "\t  "), (resources, query) => {
        const result = filterResources(resources, { query, needs: [] });
        expect(result).toHaveLength(resources.length);
        expect(result).toEqual(organisationFirst(resources));
      }),
    );
  });

  it("only returns resources that meet a chosen need", () => {
    fc.assert(
      fc.property(resourceArbitrary, filterArbitrary, (resources, filter) => {
        for (const resource of filterResources(resources, filter)) {
          if (filter.needs.length > 0) {
            expect(resource.needs.some((need) => filter.needs.includes(need))).toBe(true);
          }
        }
      }),
    );
  });

  it("never grows when a word is added, and ignores capitals and spacing", () => {
    fc.assert(
      fc.property(resourceArbitrary, filterArbitrary, word, (resources, filter, extra) => {
        const before = filterResources(resources, filter);
        const narrowed = filterResources(resources, {
          ...filter,
          query: `${filter.query} ${extra}`,
        });
        expect(isSubsequence(narrowed, before)).toBe(true);
        const shouted = { ...filter, query: `  ${filter.query.toUpperCase()}  ` };
        expect(filterResources(resources, shouted)).toEqual(before);
      }),
    );
  });

  it("always finds a resource by its own name", () => {
    fc.assert(
      fc.property(resourceArbitrary, (resources) => {
        for (const resource of resources) {
          expect(filterResources(resources, { query: resource.name, needs: [] })).toContain(
            resource,
          );
        }
      }),
    );
  });
});
