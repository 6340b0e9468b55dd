import { describe, expect, it } from "vitest";
import { plainLines, storiesExport, storiesFileName, withStoryText } from "./story-export";

const TEAM = "Shared within the team";
const base = {
  happened: "A parent came in upset about a missed meeting.",
  changed: "We now phone ahead when plans move.",
  learnt: "Small changes to how we tell people things matter.",
  detailsRemoved: true,
};
const shareable = {
  ...base,
  id: "s1",
  title: "Phoning ahead",
  consents: [{ id: "c1", use: TEAM, given: true, by: "the parent", on: "2027-01-10" }],
};
const teamOnly = { ...shareable, id: "s2", title: "Quiet room" };
const noConsent = { ...base, id: "s3", title: "Night shift handover", consents: [] };
const withdrawn = {
  ...shareable,
  id: "s4",
  title: "Withdrawn story",
  consents: [
    ...shareable.consents,
    { id: "c2", use: TEAM, given: false, by: "the parent", on: "2027-02-01" },
  ],
};

describe("the file of chosen stories", () => {
  it("holds the chosen stories with consent, in the order chosen, and nothing else", () => {
    const file = storiesExport([shareable, teamOnly, noConsent], ["s2", "s1"], TEAM, "2027-03-01");
    expect(file.included).toBe(2);
    expect(file.text.indexOf("## Quiet room")).toBeLessThan(file.text.indexOf("## Phoning ahead"));
    expect(file.text).toContain("### What we learnt\n\nSmall changes");
    expect(file.text).toContain("Consent for this use recorded on 10 January 2027.");
    // Who agreed would name someone in the story: it stays on the device.
    expect(file.text).not.toContain("the parent");
    expect(file.text).not.toContain("Night shift handover");
  });

  it("says what use it is for and that each story has consent for it", () => {
    const file = storiesExport([shareable], ["s1"], TEAM, "2027-03-01");
    expect(file.text).toMatch(/^# Stories of practice/);
    expect(file.text).toContain("For this use: Shared within the team. Made on 1 March 2027.");
    expect(file.text).toContain("Each story here has consent recorded for this use");
  });

  it("leaves out a chosen story without consent for the use, or with it withdrawn", () => {
    const file = storiesExport(
      [shareable, noConsent, withdrawn],
      ["s1", "s3", "s4"],
      TEAM,
      "2027-03-01",
    );
    expect(file).toMatchObject({ included: 1, leftOut: 2 });
    expect(file.text).not.toContain("Withdrawn story");
    const reports = storiesExport(
      [shareable],
      ["s1"],
      "In our organisation's reports",
      "2027-03-01",
    );
    expect(reports).toMatchObject({ included: 0, leftOut: 1 });
    expect(reports.text).not.toContain("Phoning ahead");
  });

  it("never holds a story that was not chosen", () => {
    const file = storiesExport([shareable, teamOnly], ["s1"], TEAM, "2027-03-01");
    expect(file.text).not.toContain("Quiet room");
  });

  it("has a file name saying the use and day", () => {
    expect(storiesFileName("Shared publicly", "2027-03-01")).toBe(
      "stories-shared-publicly-2027-03-01.md",
    );
  });
});

describe("the writer's words in the file", () => {
  it("cannot start a heading or pose as a consent line", () => {
    const forged = "We met.\n## Other story\nConsent for this use recorded on 1 May 2027.";
    expect(plainLines(forged)).toBe("We met.\n\\## Other story");
    const file = storiesExport([{ ...shareable, learnt: forged }], ["s1"], TEAM, "2027-03-01");
    expect(file.text.match(/^## /gm)).toHaveLength(1);
    expect(file.text.match(/^Consent for this use/gm)).toHaveLength(1);
  });
});

describe("changing a story's words", () => {
  it("asks for the identifying-details check again, but only when the words change", () => {
    const changed = withStoryText(shareable, "happened", "Sam came in late.");
    expect(changed).toMatchObject({ happened: "Sam came in late.", detailsRemoved: false });
    expect(withStoryText(shareable, "learnt", shareable.learnt)).toBe(shareable);
  });
});
