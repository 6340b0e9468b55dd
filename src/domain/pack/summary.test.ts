// @vitest-environment node
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { summarisePack } from "./summary";

describe("a pack's summary for its author", () => {
  it("counts each service once per region it works in, and everywhere when it names none", () => {
    const summary = summarisePack(defaultPack);
    const counted = Object.values(summary.servicesByRegion).reduce((a, b) => a + b, 0);
    const expected = defaultPack.resources.reduce(
      (sum, resource) => sum + (resource.regions?.length ?? 1),
      0,
    );
    expect(counted).toBe(expected);
    expect(summary.services).toBe(defaultPack.resources.length);
  });

  it("counts every contact link by how it starts", () => {
    const summary = summarisePack(defaultPack);
    const links = defaultPack.resources.flatMap((resource) => resource.contacts);
    expect(Object.values(summary.linksByScheme).reduce((a, b) => a + b, 0)).toBe(links.length);
    expect(
      Object.keys(summary.linksByScheme).every((scheme) =>
        ["https", "tel", "sms", "mailto"].includes(scheme),
      ),
    ).toBe(true);
  });
});
