import type { Grounding } from "../pack/schema";

/** One timed step of a breathing rhythm. */
export interface RhythmStep {
  text: string;
  seconds: number;
  breath: Breath;
}

/** What the moving circle does during a step: grows, shrinks or stays. */
export type Breath = "in" | "out" | "hold";

/**
 * A breathing exercise with timed steps flows by itself: its timed steps make one
 * round, and rounds repeat until the person stops. Other exercises (and breathing ones
 * with fewer than two timed steps) go one step at a time. Null when it does not flow.
 */
export function rhythmOf(exercise: Grounding): RhythmStep[] | null {
  if (exercise.focus !== "breath") return null;
  const timed = exercise.steps.flatMap((step) =>
    step.seconds ? [{ text: step.text, seconds: step.seconds, breath: breathOf(step.text) }] : [],
  );
  return timed.length >= 2 ? timed : null;
}

/** The exercise's untimed words (such as "Repeat for a few rounds"), shown beside the rhythm. */
export function rhythmGuidance(exercise: Grounding): string[] {
  return exercise.steps.filter((step) => !step.seconds).map((step) => step.text);
}

/**
 * Read from the step's words: a pack's steps have no field for it. Anything unclear
 * keeps the circle still, which is always safe.
 */
export function breathOf(text: string): Breath {
  if (/\b(breathe|breath|breathing) out\b/i.test(text)) return "out";
  if (/\b(breathe|breath|breathing) in\b/i.test(text)) return "in";
  return "hold";
}

export interface RhythmPlace {
  /** 1 for the first round. */
  round: number;
  index: number;
  secondsLeft: number;
}

/** Where the rhythm is after this long: worked out from the time, so it never drifts. */
export function rhythmAt(steps: readonly RhythmStep[], elapsedMs: number): RhythmPlace {
  const roundMs = steps.reduce((total, step) => total + step.seconds * 1000, 0);
  const elapsed = Math.max(0, elapsedMs);
  let intoRound = elapsed % roundMs;
  for (const [index, step] of steps.entries()) {
    const stepMs = step.seconds * 1000;
    if (intoRound < stepMs) {
      return {
        round: Math.floor(elapsed / roundMs) + 1,
        index,
        secondsLeft: Math.ceil((stepMs - intoRound) / 1000),
      };
    }
    intoRound -= stepMs;
  }
  // Not reached: intoRound is always less than a round.
  return {
    round: Math.floor(elapsed / roundMs) + 1,
    index: 0,
    secondsLeft: steps[0]?.seconds ?? 0,
  };
}

/** How full the circle is at the end of each step (0 empty, 1 full), from an empty start. */
export function circleFullness(steps: readonly RhythmStep[]): number[] {
  let full = 0;
  return steps.map((step) => {
    if (step.breath === "in") full = 1;
    else if (step.breath === "out") full = 0;
    return full;
  });
}
