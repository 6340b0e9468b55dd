// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import {
  MAX_HOSTED_PACK_BYTES,
  decideHosted,
  hostedPackUrl,
  readHostedText,
  screenHostedReply,
  type HostedSituation,
} from "./hosted";
import { MAX_PACK_CHARS, parseContentPack } from "./parse";

const JSON_TYPE = "application/json; charset=utf-8";

describe("where the hosted pack may come from", () => {
  it("is the file beside the app, on the page's own origin", () => {
    expect(
      hostedPackUrl("https://wellbeing.example.nhs.uk/", "https://wellbeing.example.nhs.uk")?.href,
    ).toBe("https://wellbeing.example.nhs.uk/organisation-pack.json");
    expect(
      hostedPackUrl("https://trust.example/apps/wellbeing/", "https://trust.example")?.href,
    ).toBe("https://trust.example/apps/wellbeing/organisation-pack.json");
  });

  it("is never on another origin, whatever the app's base says", () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.webUrl(), (base, page) => {
        const pageOrigin = new URL(page).origin;
        const url = hostedPackUrl(base, pageOrigin);
        return url === null || url.origin === pageOrigin;
      }),
    );
    expect(hostedPackUrl("https://elsewhere.example/", "https://trust.example")).toBeNull();
    expect(hostedPackUrl("not a url", "https://trust.example")).toBeNull();
  });
});

describe("reading the host's reply", () => {
  it("takes not found, and a host's own page in its place, as no pack at all", () => {
    expect(screenHostedReply({ status: 404, contentType: "text/html" })).toEqual({
      kind: "absent",
    });
    expect(screenHostedReply({ status: 200, contentType: "text/html; charset=utf-8" })).toEqual({
      kind: "absent",
    });
  });

  it("refuses a file sent with the wrong type, or a host error, saying why", () => {
    const wrongType = screenHostedReply({ status: 200, contentType: "text/plain" });
    expect(wrongType).toMatchObject({ kind: "broken" });
    expect(JSON.stringify(wrongType)).toContain("application/json");
    expect(screenHostedReply({ status: 403, contentType: JSON_TYPE })).toMatchObject({
      kind: "broken",
      errors: [{ path: "the pack", message: "the host answered with code 403" }],
    });
  });

  it("takes a busy or failing host as out of reach for now, not as a broken pack", () => {
    for (const status of [500, 502, 503, 408, 429]) {
      expect(screenHostedReply({ status, contentType: "text/html" })).toEqual({
        kind: "unreachable",
      });
    }
  });

  it("reads no more than the checker would: 4 bytes for each character it reads", () => {
    expect(MAX_HOSTED_PACK_BYTES).toBe(4 * MAX_PACK_CHARS);
  });

  it("reads JSON with the same checker as a pack file", () => {
    expect(screenHostedReply({ status: 200, contentType: JSON_TYPE })).toBeNull();
    expect(readHostedText(JSON.stringify(defaultPack), parseContentPack)).toMatchObject({
      kind: "found",
      pack: { id: defaultPack.id },
    });
    const broken = readHostedText(JSON.stringify({ ...defaultPack, stages: [] }), parseContentPack);
    expect(broken).toMatchObject({ kind: "broken", errors: [{ path: "stages" }] });
    expect(readHostedText("{", parseContentPack)).toMatchObject({ kind: "broken" });
  });
});

describe("what a found hosted pack does", () => {
  const base: HostedSituation = {
    foundKey: "trust@1.0.0",
    knownKey: null,
    chosenKey: null,
    checkInUnderway: false,
  };

  it("becomes the default the first time a device using the app's own pack meets it", () => {
    expect(decideHosted(base)).toBe("adopt");
  });

  it("waits for the person's yes when a check-in is under way", () => {
    expect(decideHosted({ ...base, checkInUnderway: true })).toBe("offer");
  });

  it("offers a new version to someone using the organisation's pack", () => {
    expect(
      decideHosted({
        ...base,
        foundKey: "trust@1.1.0",
        knownKey: "trust@1.0.0",
        chosenKey: "trust@1.0.0",
      }),
    ).toBe("offer");
  });

  it("leaves alone someone who went back to the app's own pack or chose another", () => {
    expect(decideHosted({ ...base, knownKey: "trust@1.0.0" })).toBe("nothing");
    expect(decideHosted({ ...base, foundKey: "trust@1.1.0", knownKey: "trust@1.0.0" })).toBe(
      "keep-choice",
    );
    expect(decideHosted({ ...base, chosenKey: "other@2.0.0" })).toBe("keep-choice");
  });

  it("never puts a pack in use without asking once the person has a pack in use", () => {
    const key = fc.constantFrom("trust@1.0.0", "trust@1.1.0", "other@2.0.0");
    fc.assert(
      fc.property(
        key,
        fc.option(key),
        key,
        fc.boolean(),
        (foundKey, knownKey, chosenKey, checkInUnderway) => {
          const action = decideHosted({ foundKey, knownKey, chosenKey, checkInUnderway });
          return action !== "adopt";
        },
      ),
    );
  });

  it("never changes the words under a check-in that is under way", () => {
    const key = fc.constantFrom("trust@1.0.0", "trust@1.1.0", "other@2.0.0");
    fc.assert(
      fc.property(key, fc.option(key), fc.option(key), (foundKey, knownKey, chosenKey) => {
        const action = decideHosted({ foundKey, knownKey, chosenKey, checkInUnderway: true });
        return action !== "adopt";
      }),
    );
  });
});
