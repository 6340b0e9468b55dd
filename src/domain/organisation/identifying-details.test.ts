import { describe, expect, it } from "vitest";
import { possibleIdentifyingDetails } from "./identifying-details";

describe("the identifying-details reminder", () => {
  it("points at names and places inside a sentence, not at the first word", () => {
    expect(
      possibleIdentifyingDetails("Then Sam took the bus to Leeds. After that we met."),
    ).toEqual(["Sam", "Leeds"]);
  });

  it("points at dates, days and roles that could identify someone", () => {
    const found = possibleIdentifyingDetails(
      "it was on a Tuesday, 12/03/2027, when the head teacher rang in March",
    );
    expect(found).toEqual(["Tuesday", "12/03/2027", "head teacher", "March"]);
  });

  it("does not point at plain words or at 'I'", () => {
    expect(possibleIdentifyingDetails("We may try again. I think it helped and I'm glad.")).toEqual(
      [],
    );
  });
});
