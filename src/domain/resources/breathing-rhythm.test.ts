import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { breathOf, circleFullness, rhythmAt, rhythmGuidance, rhythmOf } from "./breathing-rhythm";

const exercise = (id: string) => defaultPack.grounding.find((candidate) => candidate.id === id)!;

describe("a breathing rhythm", () => {
  it("is made of a breathing exercise's timed steps, with its other words beside it", () => {
    const box = rhythmOf(exercise("box-breathing"))!;
    expect(box.map((step) => [step.seconds, step.breath])).toEqual([
      [4, "in"],
      [4, "hold"],
      [4, "out"],
      [4, "hold"],
    ]);
    expect(rhythmGuidance(exercise("box-breathing"))).toEqual([
      "Repeat for a few rounds, for as long as it feels okay.",
    ]);
  });

  it("is not used for exercises that are not about breathing", () => {
    expect(rhythmOf(exercise("muscle-relaxation"))).toBeNull();
    expect(rhythmOf(exercise("five-senses"))).toBeNull();
  });

  it("moves on with the time and repeats its rounds", () => {
    const box = rhythmOf(exercise("box-breathing"))!;
    expect(rhythmAt(box, 0)).toEqual({ round: 1, index: 0, secondsLeft: 4 });
    expect(rhythmAt(box, 3_500)).toEqual({ round: 1, index: 0, secondsLeft: 1 });
    expect(rhythmAt(box, 4_000)).toEqual({ round: 1, index: 1, secondsLeft: 4 });
    expect(rhythmAt(box, 15_999)).toEqual({ round: 1, index: 3, secondsLeft: 1 });
    expect(rhythmAt(box, 16_000)).toEqual({ round: 2, index: 0, secondsLeft: 4 });
    expect(rhythmAt(box, 3 * 16_000 + 8_000)).toEqual({ round: 4, index: 2, secondsLeft: 4 });
  });

  it("grows the circle on a breath in, shrinks it on a breath out, and keeps it still otherwise", () => {
    expect(breathOf("Breathe in gently through your nose.")).toBe("in");
    expect(breathOf("Take a second, shorter breath in on top, to fill up.")).toBe("in");
    expect(breathOf("Breathe out slowly through your mouth, all the way.")).toBe("out");
    expect(breathOf("Rest before the next breath.")).toBe("hold");
    expect(circleFullness(rhythmOf(exercise("box-breathing"))!)).toEqual([1, 1, 0, 0]);
  });
});
