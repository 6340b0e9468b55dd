import type { Grounding } from "../pack/schema";
import {
  createTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  tickTimer,
  type StepTimer,
} from "./step-timer";

/**
 * Where a person is in a grounding exercise: reading the introduction (and any
 * caution), on one step, or at the end. Nothing moves on by itself: only the
 * person's Next, Back or Finish changes the step, even when a timer runs out.
 */
export type PlayerState =
  | { phase: "intro" }
  | { phase: "step"; index: number; timer: StepTimer | null }
  | { phase: "done" };

export type PlayerAction =
  | { type: "begin" }
  | { type: "next" }
  | { type: "back" }
  | { type: "again" }
  | { type: "finish" }
  | { type: "timer-start"; now: number }
  | { type: "timer-pause"; now: number }
  | { type: "timer-reset" }
  | { type: "tick"; now: number };

type Steps = Grounding["steps"];

export const PLAYER_START: PlayerState = { phase: "intro" };

function stepAt(steps: Steps, index: number): PlayerState {
  const seconds = steps[index]?.seconds;
  return { phase: "step", index, timer: seconds ? createTimer(seconds) : null };
}

function withTimer(state: PlayerState, change: (timer: StepTimer) => StepTimer): PlayerState {
  if (state.phase !== "step" || !state.timer) return state;
  const timer = change(state.timer);
  return timer === state.timer ? state : { ...state, timer };
}

export function reducePlayer(steps: Steps, state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case "begin":
      return state.phase === "intro" ? stepAt(steps, 0) : state;
    case "next":
      if (state.phase !== "step") return state;
      return state.index + 1 < steps.length ? stepAt(steps, state.index + 1) : { phase: "done" };
    case "back":
      if (state.phase !== "step") return state;
      return state.index === 0 ? PLAYER_START : stepAt(steps, state.index - 1);
    case "again":
      return stepAt(steps, 0);
    case "finish":
      return state.phase === "step" ? { phase: "done" } : state;
    case "timer-start":
      return withTimer(state, (timer) => startTimer(timer, action.now));
    case "timer-pause":
      return withTimer(state, (timer) => pauseTimer(timer, action.now));
    case "timer-reset":
      return withTimer(state, resetTimer);
    case "tick":
      return withTimer(state, (timer) => tickTimer(timer, action.now));
  }
}

/** Plain words for what an exercise asks you to focus on. */
export const FOCUS_LABELS: Record<Grounding["focus"], string> = {
  outward: "the world around you",
  breath: "your breathing",
  body: "your body",
};

/** "6 steps" or "5 steps, some with a timer". */
export function describeExercise(exercise: Grounding): string {
  const count = exercise.steps.length;
  const steps = `${count} ${count === 1 ? "step" : "steps"}`;
  return exercise.steps.some((step) => step.seconds) ? `${steps}, some with a timer` : steps;
}
