import { describe, expect, it } from "vitest";
import type { Grounding } from "../pack/schema";
import {
  PLAYER_START,
  describeExercise,
  reducePlayer,
  type PlayerAction,
  type PlayerState,
} from "./grounding-player";

const steps: Grounding["steps"] = [
  { text: "Sit comfortably." },
  { text: "Breathe in.", seconds: 4 },
  { text: "Notice how you feel." },
];

function run(actions: PlayerAction[], from: PlayerState = PLAYER_START): PlayerState {
  return actions.reduce((state, action) => reducePlayer(steps, state, action), from);
}

describe("the grounding player", () => {
  it("starts on the introduction and goes one step at a time to the end", () => {
    expect(run([])).toEqual({ phase: "intro" });
    expect(run([{ type: "begin" }])).toEqual({ phase: "step", index: 0, timer: null });
    expect(run([{ type: "begin" }, { type: "next" }])).toMatchObject({ phase: "step", index: 1 });
    const end = run([{ type: "begin" }, { type: "next" }, { type: "next" }, { type: "next" }]);
    expect(end).toEqual({ phase: "done" });
    expect(reducePlayer(steps, end, { type: "next" })).toBe(end);
  });

  it("goes back a step, and from the first step back to the introduction", () => {
    const second = run([{ type: "begin" }, { type: "next" }]);
    expect(run([{ type: "back" }], second)).toMatchObject({ phase: "step", index: 0 });
    expect(run([{ type: "back" }, { type: "back" }], second)).toEqual({ phase: "intro" });
  });

  it("gives a timer only to a step with seconds, and it waits to be started", () => {
    const timed = run([{ type: "begin" }, { type: "next" }]);
    expect(timed).toEqual({
      phase: "step",
      index: 1,
      timer: { totalMs: 4_000, remainingMs: 4_000, endsAt: null },
    });
    expect(run([{ type: "tick", now: 10_000 }], timed)).toBe(timed);
  });

  it("never moves on by itself when a timer runs out", () => {
    const timed = run([{ type: "begin" }, { type: "next" }, { type: "timer-start", now: 0 }]);
    const after = run([{ type: "tick", now: 60_000 }], timed);
    expect(after).toMatchObject({
      phase: "step",
      index: 1,
      timer: { remainingMs: 0, endsAt: null },
    });
  });

  it("gives each step a fresh timer when you come back to it", () => {
    const paused = run([
      { type: "begin" },
      { type: "next" },
      { type: "timer-start", now: 0 },
      { type: "timer-pause", now: 2_500 },
    ]);
    expect(paused).toMatchObject({ timer: { remainingMs: 1_500 } });
    expect(run([{ type: "next" }, { type: "back" }], paused)).toMatchObject({
      timer: { remainingMs: 4_000, endsAt: null },
    });
    expect(run([{ type: "timer-reset" }], paused)).toMatchObject({ timer: { remainingMs: 4_000 } });
  });

  it("ignores timer actions on a step without a timer", () => {
    const first = run([{ type: "begin" }]);
    expect(run([{ type: "timer-start", now: 0 }], first)).toBe(first);
  });

  it("can be done again from the first step", () => {
    expect(run([{ type: "again" }], { phase: "done" })).toEqual({
      phase: "step",
      index: 0,
      timer: null,
    });
  });
});

describe("describeExercise", () => {
  it("says how many steps, and whether some have a timer", () => {
    const base = { id: "x", title: "X", intro: "X.", focus: "outward" as const };
    expect(describeExercise({ ...base, steps })).toBe("3 steps, some with a timer");
    expect(describeExercise({ ...base, steps: [{ text: "One." }] })).toBe("1 step");
  });
});
