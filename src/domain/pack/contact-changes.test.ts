import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { contactChanges, hasContactChanges } from "./contact-changes";

const services = defaultPack.resources;

describe("what a pack update changes in its contacts", () => {
  it("names a service added, one gone, and one with a new number", () => {
    const [first, second, third, ...rest] = services;
    const after = {
      resources: [
        {
          ...first!,
          contacts: [
            { kind: "call" as const, label: "Call 0300 000 0000", href: "tel:03000000000" },
          ],
        },
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
});
