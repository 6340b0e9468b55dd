// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { ContentPackSchema } from "../pack/schema";
import { riskSignTicked, signsByTheme } from "./signs";

const signIds = defaultPack.peerGuide.signs.map((sign) => sign.id);

describe("signs by theme", () => {
  it("lists every sign once, under a theme, never under a stage", () => {
    const groups = signsByTheme(defaultPack);
    expect(groups.map((group) => group.label)).toEqual([
      "Mood",
      "Sleep, energy and self-care",
      "Work",
      "Contact with others",
    ]);
    expect(groups.flatMap((group) => group.signs.map((sign) => sign.id)).sort()).toEqual(
      [...signIds].sort(),
    );
  });

  it("puts the signs of a pack written before themes under mood, with no risk sign", () => {
    const old = structuredClone(defaultPack) as unknown as {
      peerGuide: { signs: Record<string, unknown>[] };
    };
    for (const sign of old.peerGuide.signs) {
      delete sign.theme;
      delete sign.risk;
    }
    const parsed = ContentPackSchema.parse(old);
    expect(signsByTheme(parsed).map((group) => group.theme)).toEqual(["mood"]);
    expect(riskSignTicked(parsed, signIds)).toBe(false);
  });
});

describe("a risk sign", () => {
  it("is the default pack's sign about not wanting to be here", () => {
    expect(riskSignTicked(defaultPack, ["struggling-burden"])).toBe(true);
    expect(riskSignTicked(defaultPack, ["struggling-low", "strained-withdrawn"])).toBe(false);
  });

  it("is found whatever else is ticked, in any order", () => {
    fc.assert(
      fc.property(fc.subarray(signIds), fc.boolean(), (others, withRisk) => {
        const ticked = withRisk ? [...others, "struggling-burden"].reverse() : others;
        expect(riskSignTicked(defaultPack, ticked)).toBe(ticked.includes("struggling-burden"));
      }),
    );
  });
});
