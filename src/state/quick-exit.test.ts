import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countShiftPresses } from "./quick-exit";

function run(keys: [string, number][]): number {
  let state = { count: 0, at: 0 };
  for (const [key, at] of keys) state = countShiftPresses(state, key, at);
  return state.count;
}

describe("the Shift three times shortcut", () => {
  it("fires on three quick Shift presses", () => {
    expect(
      run([
        ["Shift", 100],
        ["Shift", 400],
        ["Shift", 700],
      ]),
    ).toBe(3);
  });

  it("does not fire when typing capital letters, because other keys come between", () => {
    expect(
      run([
        ["Shift", 100],
        ["H", 150],
        ["Shift", 300],
        ["I", 350],
        ["Shift", 500],
      ]),
    ).toBe(1);
  });

  it("starts counting again after a pause", () => {
    expect(
      run([
        ["Shift", 100],
        ["Shift", 400],
        ["Shift", 5000],
      ]),
    ).toBe(1);
  });

  it("never counts more presses than Shift keys pressed", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("Shift", "a", "Enter"), fc.integer({ min: 0, max: 3000 })),
        ),
        (keys) => {
          let at = 0;
          const timed = keys.map(([key, gap]): [string, number] => [key, (at += gap)]);
          return run(timed) <= timed.filter(([key]) => key === "Shift").length;
        },
      ),
      { numRuns: 300 },
    );
  });
});
