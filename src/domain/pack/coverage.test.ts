import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packAndAnswers } from "../../testing/pack-arbitrary";
import {
  PATTERN_IDS,
  STAGE_IDS,
  makePack,
  makePrompts,
  makeTips,
} from "../../testing/pack-factory";
import { scoreCheckIn } from "../scoring/score";
import { selectPrompts } from "../tips/prompts";
import { hardestDomains, selectTips } from "../tips/select";
import { checkPackCoverage } from "./coverage";
import type { ContentPack } from "./schema";
import type { CheckInResult } from "../scoring/result";

/** True when some tip offered fits the result's stage (overall or an area's) and pattern. */
function offersFittingTip(pack: ContentPack, result: CheckInResult): boolean {
  if (result.status !== "scored") return selectTips(pack, result, []).length > 0;
  const stages = [result.stageId, ...hardestDomains(result).map((d) => d.stageId)];
  const fitting = (p: string[]) => p.length === 0 || p.some((id) => result.patternIds.includes(id));
  return pack.tips.some(
    (tip) => tip.stages.some((s) => stages.includes(s)) && fitting(tip.patterns),
  )
    ? selectTips(pack, result, []).some(
        (tip) => tip.stages.some((s) => stages.includes(s)) && fitting(tip.patterns),
      )
    : false;
}

describe("checkPackCoverage", () => {
  it("finds no gaps in a pack with tips for every stage, domain and pattern", () => {
    expect(checkPackCoverage(makePack())).toEqual([]);
  });

  it("names the stage and domain that has too few tips", () => {
    const pack = makePack();
    pack.tips = pack.tips.filter((tip) => tip.id !== "injured-sleep");
    const gaps = checkPackCoverage(pack);
    expect(gaps).toContainEqual(
      expect.objectContaining({ kind: "tips", stageId: "injured", domainId: "sleep" }),
    );
    expect(gaps[0]?.message).toContain('"sleep"');
  });

  it("asks for more tips when the pack's own minimum is higher", () => {
    expect(checkPackCoverage(makePack(), { minTipsPerStageDomain: 3 }).length).toBe(12);
  });

  it("names a pattern the scorer can show but no tip is for", () => {
    const pack = makePack();
    pack.tips = pack.tips.filter((tip) => !tip.patterns.includes("people-pleasing"));
    expect(checkPackCoverage(pack).map((gap) => gap.message)).toContain(
      'the scorer can show the pattern "people-pleasing", but only 0 of the needed 1 tips are for it',
    );
  });

  it("names a stage without supervision prompts or peer signs", () => {
    const pack = makePack();
    pack.supervisionPrompts = pack.supervisionPrompts.map((p) =>
      p.function === "normative" ? { ...p, stages: ["ready"] } : p,
    );
    pack.peerGuide.signs = pack.peerGuide.signs.filter((sign) => sign.stage !== "ill");
    const messages = checkPackCoverage(pack).map((gap) => gap.message);
    expect(messages).toContain(
      'the stage "ill" has 0 of the needed 1 normative supervision prompts',
    );
    expect(messages).toContain('the peer guide has no sign others may notice at the stage "ill"');
  });

  it("every stage x domain x pattern combination the scorer can produce finds tips and prompts", () => {
    // Exhaustive on the factory pack: every answer (or skip) to every question.
    const pack = makePack();
    const scored = pack.items.filter((item) => !item.redFlag);
    const choices = ["o0", "o1", "o2", "o3", null];
    const seen = new Set<string>();
    const total = choices.length ** scored.length;
    for (let n = 0; n < total; n += 1) {
      let rest = n;
      const answers: Record<string, string | null> = {};
      for (const item of scored) {
        answers[item.id] = choices[rest % choices.length] ?? null;
        rest = Math.floor(rest / choices.length);
      }
      const result = scoreCheckIn(pack, answers);
      const key = [
        result.stageId,
        ...result.domains.map((d) => d.stageId),
        ...result.patternIds,
      ].join();
      if (seen.has(key)) continue;
      seen.add(key);
      expect(offersFittingTip(pack, result), key).toBe(true);
      const groups = selectPrompts(pack, result.stageId, result.patternIds[0]);
      expect(
        groups.every((group) => group.prompts.length > 0),
        key,
      ).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it("on any pack without coverage gaps, every result finds fitting tips and prompts", () => {
    fc.assert(
      fc.property(packAndAnswers(), ({ pack: random, answers }) => {
        // Random tips and prompts, topped up so that the pack has no coverage gaps.
        const domainIds = random.domains.map((domain) => domain.id);
        const pack: ContentPack = {
          ...random,
          tips: [...random.tips, ...makeTips(STAGE_IDS, domainIds, PATTERN_IDS)],
          supervisionPrompts: [...random.supervisionPrompts, ...makePrompts()],
        };
        expect(checkPackCoverage(pack)).toEqual([]);
        const result = scoreCheckIn(pack, answers);
        expect(offersFittingTip(pack, result)).toBe(true);
        for (const group of selectPrompts(pack, result.stageId, result.patternIds[0])) {
          expect(group.prompts.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
