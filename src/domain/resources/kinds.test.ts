import { describe, expect, it } from "vitest";
import { makePack } from "../../testing/pack-factory";
import { isSupportService, learningByKind } from "./kinds";

const pack = makePack();
const support = pack.resources[0]!;
const course = { ...support, id: "course", kind: "training" as const, needs: [] };
const network = { ...support, id: "network", kind: "network" as const, needs: [] };

describe("resource kinds", () => {
  it("treats a resource without a kind as a support service, and learning as not", () => {
    expect(isSupportService(support)).toBe(true);
    expect(isSupportService(course)).toBe(false);
  });

  it("groups learning and community by kind in a fixed order, leaving support out", () => {
    const groups = learningByKind([network, support, course]);
    expect(groups.map((group) => group.kind)).toEqual(["training", "network", "community"]);
    expect(groups.map((group) => group.resources.map((r) => r.id))).toEqual([
      ["course"],
      ["network"],
      [],
    ]);
  });
});
