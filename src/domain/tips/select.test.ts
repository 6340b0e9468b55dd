// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { answersArbitrary, packAndAnswers } from "../../testing/pack-arbitrary";
import { makePack } from "../../testing/pack-factory";
import { scoreCheckIn } from "../scoring/score";
import { selectPrompts } from "./prompts";
import { isGeneralTip, selectTips, tipFits } from "./select";

const RUNS = { numRuns: 1000 };
const pack = makePack();
const hardSleep = scoreCheckIn(pack, {
  "sleep-1": "o3",
  "sleep-2": "o2",
  "mood-1": "o0",
  "mood-2": "o0",
  "work-1": "o1",
  "work-2": "o0",
});

describe("selectTips", () => {
  it("puts tips for the hardest area, its stage and the pattern first", () => {
    const tips = selectTips(pack, hardSleep, [], { seed: "check-in-1" });
    expect(hardSleep.stageId).toBe("injured");
    expect(hardSleep.patternIds).toEqual(["on-edge"]);
    expect(tips.length).toBe(4);
    expect(tips.map((tip) => tip.id)).toContain("ill-sleep");
    expect(tips.some((tip) => tip.patterns.includes("on-edge"))).toBe(true);
    expect(tips.some((tip) => tip.patterns.includes("shut-down"))).toBe(false);
  });

  it("puts tips not yet in the plan first, and lets done ones come back", () => {
    const first = selectTips(pack, hardSleep, [], { seed: "a" });
    const plan = first.map((tip) => ({ tipId: tip.id, status: "active" }));
    const next = selectTips(pack, hardSleep, plan, { seed: "a" });
    const fresh = next.filter((tip) => !first.includes(tip));
    expect(fresh.length).toBeGreaterThan(0);
    expect(next.slice(0, fresh.length)).toEqual(fresh);
    const done = plan.map((entry) => ({ ...entry, status: "done" }));
    expect(selectTips(pack, hardSleep, done, { seed: "a" })).toEqual(first);
  });

  it("falls back to fitting tips in the plan rather than show fewer than three", () => {
    const small = makePack({ tips: makePack().tips.slice(0, 3) });
    const calm = scoreCheckIn(small, Object.fromEntries(small.items.map((i) => [i.id, "o0"])));
    const plan = small.tips.map((tip) => ({ tipId: tip.id }));
    expect(selectTips(small, calm, plan)).toHaveLength(3);
  });

  it("offers only tips for anyone when there were not enough answers", () => {
    const tips = selectTips(pack, scoreCheckIn(pack, {}), []);
    expect(tips.map((tip) => tip.id)).toEqual(["general"]);
  });

  it("does not call sleep a strength after 'A bit off', nor offer crisis tips after mild answers", () => {
    const bitOff = scoreCheckIn(defaultPack, { "sleep-quality": "bit-off" });
    const two = selectTips(defaultPack, bitOff, [], { seed: "x" });
    expect(bitOff.status).toBe("not-enough");
    expect(two.every((tip) => isGeneralTip(defaultPack, tip))).toBe(true);
    const calmElse = Object.fromEntries(
      defaultPack.items
        .filter((item) => !item.redFlag)
        .map((item) => [item.id, item.options[0]!.id]),
    );
    for (let day = 1; day <= 30; day += 1) {
      const result = scoreCheckIn(defaultPack, { ...calmElse, "sleep-quality": "bit-off" });
      const ids = selectTips(defaultPack, result, [], { seed: `d${day}` }).map((t) => t.id);
      expect(ids).not.toContain("sleep-keep-what-works");
      expect(ids).not.toContain("sleep-see-gp");
      expect(ids).not.toContain("hope-suicide-support");
    }
  });

  it("brings an area's own Struggling tip when that area had its hardest answer", () => {
    const calm = Object.fromEntries(
      defaultPack.items.filter((i) => !i.redFlag).map((item) => [item.id, item.options[0]!.id]),
    );
    const cases = [
      ["connect-people", "very-alone", "connect-not-alone"],
      ["sleep-quality", "very-poor", "sleep-see-gp"],
      ["hope-future", "hopeless", "hope-suicide-support"],
    ] as const;
    for (const [itemId, optionId, tipId] of cases) {
      const result = scoreCheckIn(defaultPack, { ...calm, [itemId]: optionId });
      for (let day = 1; day <= 20; day += 1) {
        const ids = selectTips(defaultPack, result, [], { seed: `d${day}`, count: 3 });
        expect(
          ids.map((tip) => tip.id),
          `${itemId} d${day}`,
        ).toContain(tipId);
      }
    }
  });

  it("varies the choice between check-ins", () => {
    const seen = new Set<string>();
    for (let day = 1; day <= 20; day += 1) {
      const tips = selectTips(pack, hardSleep, [], { seed: `2026-11-${day}` });
      seen.add(tips.map((tip) => tip.id).join());
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("tip selection invariants, over any valid pack and answers", () => {
  const input = fc.record({
    case: packAndAnswers(),
    seed: fc.string(),
    count: fc.integer({ min: 0, max: 9 }),
  });

  it("never picks a tip that contradicts the answers, and keeps within five", () => {
    fc.assert(
      fc.property(input, fc.boolean(), ({ case: { pack, answers }, seed, count }, withPlan) => {
        const result = scoreCheckIn(pack, answers);
        const plan = withPlan ? pack.tips.map((tip) => ({ tipId: tip.id })) : [];
        const tips = selectTips(pack, result, plan, { seed, count });
        const fitting = pack.tips.filter((tip) => tipFits(pack, tip, result));
        for (const tip of tips) {
          // A tip that does not fit appears only as a tip for anyone, when nothing fits.
          if (!tipFits(pack, tip, result)) {
            expect(fitting).toEqual([]);
            expect(isGeneralTip(pack, tip)).toBe(true);
          }
          if (tip.domains.length > 0 && result.status === "scored") {
            const areas = result.domains.filter((d) => tip.domains.includes(d.domainId));
            expect(areas.some((d) => d.stageId !== null && tip.stages.includes(d.stageId))).toBe(
              true,
            );
          }
        }
        expect(tips.length).toBeLessThanOrEqual(5);
        if (fitting.length >= 3) expect(tips.length).toBeGreaterThanOrEqual(3);
        expect(new Set(tips).size).toBe(tips.length);
      }),
      RUNS,
    );
  });

  it("on the default pack, always gives three to five tips that agree with the answers", () => {
    fc.assert(
      fc.property(answersArbitrary(defaultPack), fc.string(), (answers, seed) => {
        const result = scoreCheckIn(defaultPack, answers);
        const tips = selectTips(defaultPack, result, [], { seed });
        expect(tips.length).toBeGreaterThanOrEqual(3);
        expect(tips.length).toBeLessThanOrEqual(5);
        for (const tip of tips) expect(tipFits(defaultPack, tip, result)).toBe(true);
        const lightest = defaultPack.stages[0]!.id;
        for (const tip of tips.filter((t) => t.stages.join() === lightest)) {
          // A strength tip needs its area answered at the lightest stage.
          const areas = result.domains.filter((d) => tip.domains.includes(d.domainId));
          expect(areas.some((d) => d.stageId === lightest)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("gives the same tips for the same result and seed", () => {
    fc.assert(
      fc.property(input, ({ case: { pack, answers }, seed }) => {
        const result = scoreCheckIn(pack, answers);
        expect(selectTips(pack, result, [], { seed })).toEqual(
          selectTips(pack, result, [], { seed }),
        );
      }),
      RUNS,
    );
  });
});

describe("selectPrompts", () => {
  it("groups prompts by restorative, formative and normative", () => {
    const groups = selectPrompts(pack, "injured", "on-edge");
    expect(groups.map((group) => group.function)).toEqual([
      "restorative",
      "formative",
      "normative",
    ]);
    expect(groups.every((group) => group.prompts.length > 0)).toBe(true);
  });

  it("puts prompts for the pattern first and leaves out prompts for other patterns", () => {
    const tuned = makePack({
      supervisionPrompts: [
        ...makePack().supervisionPrompts,
        {
          id: "calm",
          function: "restorative",
          stages: ["injured"],
          patterns: ["on-edge"],
          text: "Calm.",
        },
        {
          id: "wake",
          function: "restorative",
          stages: ["injured"],
          patterns: ["shut-down"],
          text: "Wake.",
        },
      ],
    });
    const restorative = selectPrompts(tuned, "injured", "on-edge")[0]?.prompts.map((p) => p.id);
    expect(restorative).toEqual(["calm", "prompt-restorative"]);
  });

  it("falls back to any stage rather than leave a function empty", () => {
    const tuned = makePack({
      supervisionPrompts: makePack().supervisionPrompts.map((p) => ({ ...p, stages: ["ready"] })),
    });
    expect(selectPrompts(tuned, "ill").every((group) => group.prompts.length === 1)).toBe(true);
  });
});
