import { describe, expect, it } from "vitest";
import {
  canExport,
  exportBlocks,
  mergeConsents,
  standingConsent,
  usesAgreed,
} from "./story-consent";

const TEAM = "Shared within the team";
const REPORTS = "In our organisation's reports";
const given = { id: "c1", use: TEAM, given: true, by: "Ali", on: "2027-01-10" };
const story = { detailsRemoved: true, consents: [given] };

describe("consent for a story", () => {
  it("lets a story be shared only for the uses consent was recorded for", () => {
    expect(canExport(story, TEAM)).toBe(true);
    expect(canExport(story, REPORTS)).toBe(false);
    expect(usesAgreed(story)).toEqual([TEAM]);
  });

  it("stops sharing once consent is taken back, until it is given again", () => {
    const back = { id: "c2", use: TEAM, given: false, by: "Ali", on: "2027-02-01" };
    const withdrawn = { ...story, consents: [given, back] };
    expect(canExport(withdrawn, TEAM)).toBe(false);
    expect(usesAgreed(withdrawn)).toEqual([]);
    const again = { ...given, id: "c3", on: "2027-03-01" };
    expect(standingConsent({ consents: [given, back, again] }, TEAM)?.on).toBe("2027-03-01");
  });

  it("taking back one use leaves the others as they were", () => {
    const both = {
      ...story,
      consents: [given, { ...given, id: "c2", use: REPORTS }, { ...given, id: "c3", given: false }],
    };
    expect(canExport(both, REPORTS)).toBe(true);
    expect(canExport(both, TEAM)).toBe(false);
  });

  it("also needs the writer to have checked for identifying details", () => {
    expect(exportBlocks({ ...story, detailsRemoved: false }, TEAM)).toEqual(["details"]);
    expect(exportBlocks({ consents: [], detailsRemoved: false }, REPORTS)).toEqual([
      "no-consent",
      "details",
    ]);
  });
});

describe("consent history from a backup", () => {
  const no = { id: "c2", use: TEAM, given: false, by: "Ali", on: "2027-02-01" };

  it("keeps a withdrawal made on this device when an older file has only the yes", () => {
    const consents = mergeConsents([given, no], [given]);
    expect(consents).toEqual([given, no]);
    expect(canExport({ detailsRemoved: true, consents }, TEAM)).toBe(false);
  });

  it("takes a withdrawal that only the file has", () => {
    const consents = mergeConsents([given], [given, no]);
    expect(canExport({ detailsRemoved: true, consents }, TEAM)).toBe(false);
  });
});
