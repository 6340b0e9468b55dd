import { describe, expect, it } from "vitest";
import { canExport, exportBlocks, standingConsent, withdrawConsent } from "./story-consent";

const given = { use: "team" as const, givenBy: "Ali", givenOn: "2027-01-10" };
const story = { detailsRemoved: true, consents: [given] };

describe("consent for a story", () => {
  it("lets a story be shared only for the uses consent was recorded for", () => {
    expect(canExport(story, "team")).toBe(true);
    expect(canExport(story, "reports")).toBe(false);
    expect(canExport(story, "public")).toBe(false);
  });

  it("stops sharing once consent is withdrawn, until it is given again", () => {
    const withdrawn = withdrawConsent(story, "team", "2027-02-01");
    expect(canExport(withdrawn, "team")).toBe(false);
    expect(withdrawn.consents[0]).toEqual({ ...given, withdrawnOn: "2027-02-01" });
    const again = {
      ...withdrawn,
      consents: [...withdrawn.consents, { ...given, givenOn: "2027-03-01" }],
    };
    expect(standingConsent(again, "team")?.givenOn).toBe("2027-03-01");
  });

  it("withdrawing one use leaves the others as they were", () => {
    const both = { ...story, consents: [given, { ...given, use: "reports" as const }] };
    const withdrawn = withdrawConsent(both, "team", "2027-02-01");
    expect(canExport(withdrawn, "reports")).toBe(true);
    expect(withdrawConsent(story, "public", "2027-02-01")).toBe(story);
  });

  it("also needs the writer to have checked for identifying details", () => {
    expect(exportBlocks({ ...story, detailsRemoved: false }, "team")).toEqual(["details"]);
    expect(exportBlocks({ consents: [], detailsRemoved: false }, "public")).toEqual([
      "no-consent",
      "details",
    ]);
  });
});
