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
  it("in the default pack: not wanting to be here, and hopelessness", () => {
    expect(riskSignTicked(defaultPack, ["struggling-burden"])).toBe(true);
    expect(riskSignTicked(defaultPack, ["struggling-low"])).toBe(true);
    expect(riskSignTicked(defaultPack, ["strained-clear-change", "strained-withdrawn"])).toBe(
      false,
    );
  });

  it("is found whatever else is ticked, in any order, and never without one", () => {
    const safe = defaultPack.peerGuide.signs.filter((sign) => !sign.risk).map((sign) => sign.id);
    const risky = defaultPack.peerGuide.signs.filter((sign) => sign.risk).map((sign) => sign.id);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(safe),
        fc.option(fc.constantFrom(...risky), { nil: undefined }),
        fc.nat(),
        (others, risk, at) => {
          const ticked = [...others];
          if (risk) ticked.splice(at % (ticked.length + 1), 0, risk);
          expect(riskSignTicked(defaultPack, ticked)).toBe(risk !== undefined);
        },
      ),
    );
  });
});
