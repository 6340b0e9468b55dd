import { describe, expect, it } from "vitest";
import { makeLearningResource, makePack } from "../testing/pack-factory";
import { safetyResources } from "./SafetyHelp";

describe("the safety screen's own contacts", () => {
  it("lists the organisation's support services, never its training or networks", () => {
    const pack = makePack();
    const course = { ...makeLearningResource("training", "ti-course"), organisation: true };
    const own = { ...pack.resources[0]!, id: "own-line", organisation: true };
    pack.resources.push(course, own);
    const ids = safetyResources(pack).map((resource) => resource.id);
    expect(ids).toContain("own-line");
    expect(ids).not.toContain("ti-course");
  });
});
