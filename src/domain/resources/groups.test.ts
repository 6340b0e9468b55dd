// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { RESOURCE_NEEDS, WORK_KINDS } from "../pack/constants";
import type { Resource } from "../pack/schema";
import { firstSentence, GROUP_KINDS, groupOf, groupResources } from "./groups";

const EMERGENCY = "emergency-999";

describe("grouping the Resources list by kind", () => {
  it("puts 999 alone at the top, then crisis lines, and job-only services together", () => {
    const groups = groupResources(defaultPack.resources, EMERGENCY);
    expect(groups[0]).toEqual({
      kind: "emergency",
      resources: [defaultPack.resources.find((r) => r.id === EMERGENCY)],
    });
    expect(groups[1]?.kind).toBe("urgent");
    const job = groups.find((group) => group.kind === "job")!.resources.map((r) => r.id);
    expect(job).toEqual(
      expect.arrayContaining(["care-workers-charity", "social-workers-benevolent-trust"]),
    );
  });

  it("puts an organisation's own support right after 999", () => {
    const own = { ...defaultPack.resources[5]!, id: "our-eap", organisation: true };
    const groups = groupResources([...defaultPack.resources, own], EMERGENCY);
    expect(groups.map((group) => group.kind).slice(0, 2)).toEqual(["emergency", "own"]);
  });

  it("never loses a service that names no need: it goes with the talk lines", () => {
    const none = { ...defaultPack.resources[5]!, id: "no-needs", needs: [] };
    expect(groupOf(none, EMERGENCY)).toBe("talk");
    const groups = groupResources([none], EMERGENCY);
    expect(groups).toEqual([{ kind: "talk", resources: [none] }]);
  });

  it("shows one line of what a service is: its first sentence", () => {
    expect(firstSentence("Someone to listen. Free to call.")).toBe("Someone to listen.");
    expect(firstSentence("Help now or go to A&E. Not safe? Press 55.")).toBe(
      "Help now or go to A&E.",
    );
    expect(firstSentence("No full stop here")).toBe("No full stop here");
  });
});

const resourceArbitrary = fc.array(
  fc.record({
    id: fc.constantFrom("emergency-999", "a", "b", "c", "d", "e"),
    needs: fc.subarray([...RESOURCE_NEEDS], { minLength: 1 }),
    organisation: fc.option(fc.boolean(), { nil: undefined }),
    work: fc.option(fc.subarray([...WORK_KINDS], { minLength: 1 }), { nil: undefined }),
  }),
  { maxLength: 12 },
);

type Row = Pick<Resource, "id" | "needs" | "organisation" | "work">;

function asResources(rows: readonly Row[]): Resource[] {
  return rows.map((row, index) => ({
    name: `Service ${index}`,
    for: "Someone to listen.",
    contacts: [{ kind: "call", label: "Call 0800 000 000", href: "tel:0800000000" }],
    hours: "24 hours",
    region: "UK",
    checked: "2026-12-06",
    ...row,
    id: `${row.id}-${index}`.replace(/^emergency-999-\d+$/, EMERGENCY),
  }));
}

describe("grouping, for any list", () => {
  it("keeps every service exactly once, in group order, and the list's order within a group", () => {
    fc.assert(
      fc.property(resourceArbitrary, (rows) => {
        const resources = asResources(rows);
        const groups = groupResources(resources, EMERGENCY);
        expect(groups.flatMap((group) => group.resources)).toHaveLength(resources.length);
        const order = groups.map((group) => GROUP_KINDS.indexOf(group.kind));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const group of groups) {
          expect(group.resources.length).toBeGreaterThan(0);
          const positions = group.resources.map((r) => resources.indexOf(r));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          for (const r of group.resources) expect(groupOf(r, EMERGENCY)).toBe(group.kind);
        }
      }),
    );
  });
});
