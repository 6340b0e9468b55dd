import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { contactChanges, hasContactChanges } from "./contact-changes";
import type { Resource } from "./schema";

const services = defaultPack.resources.filter((resource) => resource.kind === undefined);

/** Ways a new version can change a service a person relies on. */
const CHANGES: Record<string, (resource: Resource) => Resource> = {
  name: (r) => ({ ...r, name: `${r.name} (new name)` }),
  number: (r) => ({
    ...r,
    contacts: [{ kind: "call", label: "Call 0300 000 0000", href: "tel:03000000000" }],
  }),
  hours: (r) => ({ ...r, hours: `${r.hours}, except bank holidays` }),
  who: (r) => ({ ...r, for: `${r.for} Now only for staff in our trust.` }),
  places: (r) => ({ ...r, regions: r.regions?.includes("wales") ? ["scotland"] : ["wales"] }),
  work: ({ work, ...r }) => (work ? r : { ...r, work: ["police-emergency"] }),
};

describe("what a pack update changes in its support contacts", () => {
  it("names a service added, one gone, and one with a new number", () => {
    const [first, second, third, ...rest] = services;
    const after = {
      resources: [
        CHANGES.number!(first!),
        third!,
        ...rest,
        { ...second!, id: "brand-new-line", name: "A new line" },
      ],
    };
    expect(contactChanges({ resources: services }, after)).toEqual({
      added: ["A new line"],
      changed: [first!.name],
      removed: [second!.name],
    });
  });

  it("says nothing changed for the same pack, and reading it backwards swaps added and removed", () => {
    fc.assert(
      fc.property(fc.subarray(services), fc.subarray(services), (a, b) => {
        const none = contactChanges({ resources: a }, { resources: a });
        expect(hasContactChanges(none)).toBe(false);
        const forward = contactChanges({ resources: a }, { resources: b });
        const back = contactChanges({ resources: b }, { resources: a });
        expect([...forward.added].sort()).toEqual([...back.removed].sort());
        expect([...forward.removed].sort()).toEqual([...back.added].sort());
        expect(forward.changed).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("names every service with any change a person relies on, and no other", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: services.length - 1 }), { maxLength: 5 }),
        fc.constantFrom(...Object.keys(CHANGES)),
        (picked, how) => {
          const after = services.map((r, index) => (picked.includes(index) ? CHANGES[how]!(r) : r));
          const changes = contactChanges({ resources: services }, { resources: after });
          expect([...changes.changed].sort()).toEqual(
            after
              .filter((_, index) => picked.includes(index))
              .map((r) => r.name)
              .sort(),
          );
          expect(changes.added).toEqual([]);
          expect(changes.removed).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("leaves out training, networks and communities, which are not support services", () => {
    const course: Resource = {
      ...services[0]!,
      id: "a-course",
      name: "A course",
      kind: "training",
    };
    const changes = contactChanges({ resources: services }, { resources: [...services, course] });
    expect(hasContactChanges(changes)).toBe(false);
  });
});
