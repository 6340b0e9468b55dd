// @vitest-environment node
import { describe, expect, it } from "vitest";
import { countWords } from "./limits";
import { checkPledge, wordCountState } from "./pledge-check";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const FORM = {
  statement: words(150),
  name: "Sam Lee",
  role: "Director",
  authorisedOn: "2026-12-07",
};

describe("a pledge's checks", () => {
  it("counts words between spaces and new lines, whatever the spacing", () => {
    expect(countWords("  We will\n\nlisten,  and act. ")).toBe(5);
    expect(countWords(" \n ")).toBe(0);
  });

  it("takes a 150-word statement and refuses 151 words, saying how many", () => {
    expect(checkPledge(FORM)).toEqual([]);
    expect(checkPledge({ ...FORM, statement: words(151) })).toEqual([
      {
        field: "statement",
        message: "Your pledge statement is 151 words. Make it 150 words or fewer",
      },
    ]);
  });

  it("asks for every field left blank", () => {
    expect(
      checkPledge({ statement: " ", name: "", role: " ", authorisedOn: "" }).map((p) => p.field),
    ).toEqual(["statement", "name", "role", "authorisedOn"]);
  });

  it("speaks up near the limit and over it, not before", () => {
    expect(wordCountState(139)).toBe("under");
    expect(wordCountState(140)).toBe("near");
    expect(wordCountState(150)).toBe("near");
    expect(wordCountState(151)).toBe("over");
  });
});
