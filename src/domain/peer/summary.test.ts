import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../../content/default-pack";
import { gradeOf } from "../../testing/readability";
import { makePeerCheckIn } from "../../testing/records";
import { peerSummaryText } from "./summary";

const peer = makePeerCheckIn({
  heldOn: "2026-11-02",
  signsNote: "Seemed tearful after the team meeting.",
  notes: "Worried about her mum.",
  actions: [
    { id: "a1", what: "Take a proper lunch break", who: "colleague" },
    { id: "a2", what: "Look at the rota together", who: "both", by: "2026-11-09" },
    { id: "a3", what: "Ask about the training course", who: "manager", done: true },
  ],
  resourcesOffered: ["samaritans", "not-in-this-pack"],
  followUpOn: "2026-11-16",
});

describe("the summary for the colleague", () => {
  const text = peerSummaryText(pack, peer, { includeNotes: false });

  it("gives the date, what was agreed with who and by when, and the follow-up date", () => {
    expect(text).toContain("Our check-in on Monday 2 November 2026");
    expect(text).toContain("- Take a proper lunch break (you)");
    expect(text).toContain("- Look at the rota together (both of us, by Monday 9 November 2026)");
    expect(text).toContain("- Ask about the training course (me, done)");
    expect(text).toContain("We will catch up again on Monday 16 November 2026.");
  });

  it("names each resource offered with how to reach it, skipping ones the pack lacks", () => {
    expect(text).toContain(
      "- Samaritans: Call 116 123; Samaritans website: https://www.samaritans.org (24 hours, every day)",
    );
    expect(text).not.toContain("not-in-this-pack");
  });

  it("says plainly that it is not a diagnosis", () => {
    expect(text).toMatch(/not a diagnosis/);
  });

  it("leaves out private notes and free-text signs unless notes are included", () => {
    expect(text).not.toContain("tearful");
    expect(text).not.toContain("her mum");
    const withNotes = peerSummaryText(pack, peer, { includeNotes: true });
    expect(withNotes).toContain("What I noticed: Seemed tearful after the team meeting.");
    expect(withNotes).toContain("Worried about her mum.");
  });

  it("never shows the ticked signs or the suggested stage, even with notes", () => {
    const withNotes = peerSummaryText(pack, peer, { includeNotes: true });
    for (const sign of pack.peerGuide.signs) expect(withNotes).not.toContain(sign.text);
    expect(withNotes).not.toMatch(/stretched/i);
  });

  it("for arbitrary notes, leaves the text exactly the same when notes are not included", () => {
    const baseline = peerSummaryText(
      pack,
      { ...peer, notes: undefined, signsNote: undefined, followUps: [] },
      { includeNotes: false },
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (notes, signsNote, entryNotes) => {
        const withPrivate = {
          ...peer,
          notes,
          signsNote,
          followUps: [{ id: "f1", at: "2026-11-16T10:00:00.000Z", notes: entryNotes }],
        };
        expect(peerSummaryText(pack, withPrivate, { includeNotes: false })).toBe(baseline);
      }),
      { numRuns: 200 },
    );
  });

  it("shares a follow-up's outcome, and its notes only when notes are included", () => {
    const followedUp = {
      ...peer,
      followUps: [
        {
          id: "f1",
          at: "2026-11-16T10:00:00.000Z",
          outcome: "Rota changed.",
          notes: "Still tired.",
        },
      ],
    };
    expect(peerSummaryText(pack, followedUp, { includeNotes: false })).toContain(
      "- Monday 16 November 2026: Rota changed.",
    );
    expect(peerSummaryText(pack, followedUp, { includeNotes: true })).toContain(
      "- Monday 16 November 2026: Rota changed. Still tired.",
    );
  });

  it("is kind when nothing was agreed and no follow-up is set", () => {
    const quiet = { ...peer, actions: [], resourcesOffered: [], followUpOn: undefined };
    const words = peerSummaryText(pack, quiet, { includeNotes: false });
    expect(words).toContain("We did not agree any actions this time, and that is fine.");
    expect(words).toContain("You are welcome to talk to me again at any time.");
    expect(words).not.toContain("Support you can use");
  });

  it("is written for a reading age of about 11, with no blame", () => {
    const sentences = text
      .split("\n")
      .filter((line) => !line.startsWith("- "))
      .join(" ");
    expect(gradeOf(sentences)).toBeLessThanOrEqual(6);
    expect(text.toLowerCase()).not.toMatch(/\b(fail\w*|weak\w*|should have|must|fault)\b/);
  });
});
