// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { ContentPackSchema } from "../pack/schema";
import { promptWords, supervisorGuidance } from "./guide";

describe("supervisor guidance by stage", () => {
  it("covers every stage of the default pack, each with things to think about and offer", () => {
    const guidance = supervisorGuidance(defaultPack);
    expect(guidance.map((stage) => stage.stageId)).toEqual(
      defaultPack.stages.map((stage) => stage.id),
    );
    for (const stage of guidance) {
      expect(stage.consider.length).toBeGreaterThan(0);
      expect(stage.offer.length).toBeGreaterThan(0);
    }
    const strained = guidance.find((stage) => stage.stageId === "strained")!;
    expect(strained.offer.join(" ")).toMatch(/occupational health/);
    expect(strained.consider.join(" ")).toMatch(/risk assessment/);
  });

  it("adds an organisation's own routes to the stages they suit, and a pack without any still loads", () => {
    const withRoutes = ContentPackSchema.parse({
      ...defaultPack,
      supervisorGuide: {
        ...defaultPack.supervisorGuide,
        localRoutes: [
          {
            id: "oh-form",
            stages: ["struggling"],
            text: "Use the Trust's online OH referral form.",
          },
        ],
      },
    });
    const byStage = supervisorGuidance(withRoutes);
    expect(byStage.find((s) => s.stageId === "struggling")?.local).toEqual([
      "Use the Trust's online OH referral form.",
    ]);
    expect(byStage.find((s) => s.stageId === "steady")?.local).toEqual([]);

    const { supervisorGuide: _left, ...older } = defaultPack;
    const parsed = ContentPackSchema.parse(older);
    expect(parsed.supervisorGuide).toEqual({ stages: [], localRoutes: [] });
    expect(supervisorGuidance(parsed)).toEqual([]);
  });
});

describe("the prompts", () => {
  it("ask about what is going well, what did not sit right and what a case stirs up, at every stage", () => {
    for (const stage of defaultPack.stages) {
      const ids = defaultPack.supervisionPrompts
        .filter((prompt) => prompt.stages.includes(stage.id))
        .map((prompt) => prompt.id);
      expect(ids).toEqual(
        expect.arrayContaining(["restore-gone-well", "restore-moral-distress", "restore-own-life"]),
      );
    }
  });

  it("speak in the person's own voice for their own prep, and to them when supervising", () => {
    for (const prompt of defaultPack.supervisionPrompts) {
      expect(promptWords(prompt, false)).toBe(prompt.text);
      expect(promptWords(prompt, true)).not.toMatch(/\byou(r|rself)?\b/i);
    }
  });

  it("fall back to the supervisor's words when a pack gives no own-voice wording", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), (text, mine) => {
        expect(promptWords({ text }, mine)).toBe(text);
      }),
    );
  });
});
