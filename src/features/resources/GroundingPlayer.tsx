import { useEffect, useReducer, useRef } from "react";
import { Link } from "wouter";
import { Page } from "../../components/Page";
import type { Grounding } from "../../domain/pack/schema";
import {
  FOCUS_LABELS,
  PLAYER_START,
  describeExercise,
  reducePlayer,
  type PlayerAction,
} from "../../domain/resources/grounding-player";
import { rhythmGuidance, rhythmOf } from "../../domain/resources/breathing-rhythm";
import { BreathingRhythm } from "./BreathingRhythm";
import { StepTimer } from "./StepTimer";

interface GroundingPlayerProps {
  exercise: Grounding;
  /** Where "All resources" goes. */
  listHref: string;
}

/**
 * One exercise, one step at a time, moved on only by the person; a breathing rhythm
 * instead flows by itself from one tap on Start until one tap on Stop.
 */
export function GroundingPlayer({ exercise, listHref }: GroundingPlayerProps) {
  const [state, dispatch] = useReducer(
    (current: Parameters<typeof reducePlayer>[1], action: PlayerAction) =>
      reducePlayer(exercise.steps, current, action),
    PLAYER_START,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const position = state.phase === "step" ? `step-${state.index}` : state.phase;

  // After Start, Next, Back or Finish, focus goes to the new heading so a screen reader reads it.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [position]);

  function go(action: PlayerAction) {
    moved.current = true;
    dispatch(action);
  }

  const total = exercise.steps.length;
  const rhythm = rhythmOf(exercise);

  return (
    <Page title={exercise.title}>
      <p className="player-leave">
        <Link href={listHref}>All resources</Link>
      </p>
      {state.phase === "intro" ? (
        <div className="player-view">
          <h2 ref={heading} tabIndex={-1}>
            Before you start
          </h2>
          <p className="player-intro">{exercise.intro}</p>
          <p className="muted">
            Focus: {FOCUS_LABELS[exercise.focus]}. {describeExercise(exercise)}.
          </p>
          {exercise.caution ? (
            <div className="callout player-caution">
              <p>
                <strong>Please read first</strong>
              </p>
              <p>{exercise.caution}</p>
            </div>
          ) : null}
          <p>
            {rhythm
              ? "The steps move on by themselves and repeat until you tap Stop."
              : "You can stop at any time. Nothing moves on until you choose."}
          </p>
          <div className="actions">
            <button type="button" className="button large" onClick={() => go({ type: "begin" })}>
              Start
            </button>
          </div>
        </div>
      ) : state.phase === "step" && rhythm ? (
        <BreathingRhythm
          steps={rhythm}
          guidance={rhythmGuidance(exercise)}
          headingRef={heading}
          onStop={() => go({ type: "finish" })}
        />
      ) : state.phase === "step" ? (
        <div className="player-view" key={state.index}>
          <div className="progress-bar" aria-hidden="true">
            <span style={{ width: `${((state.index + 1) / total) * 100}%` }} />
          </div>
          <h2 ref={heading} tabIndex={-1} className="player-step">
            <span className="progress-text">
              Step {state.index + 1} of {total}
              <span className="visually-hidden">:</span>
            </span>{" "}
            <span className="player-step-text">{exercise.steps[state.index]?.text}</span>
          </h2>
          {state.timer ? <StepTimer timer={state.timer} dispatch={dispatch} /> : null}
          <div className="actions step-actions">
            {state.index + 1 < total ? (
              <button
                key="next"
                type="button"
                className="button large"
                onClick={() => go({ type: "next" })}
              >
                Next
              </button>
            ) : (
              <button
                key="finish"
                type="button"
                className="button large"
                onClick={() => go({ type: "next" })}
              >
                Finish
              </button>
            )}
            <button
              type="button"
              className="button secondary large"
              onClick={() => go({ type: "back" })}
            >
              Back
            </button>
          </div>
        </div>
      ) : (
        <div className="player-view">
          <h2 ref={heading} tabIndex={-1}>
            You have reached the end
          </h2>
          <p className="player-intro">
            Thank you for taking this time for yourself. Notice how you feel now, without judging
            it.
          </p>
          <p>
            If you still feel unsettled, you could try another exercise, or talk to someone you
            trust. <Link href="~/help">Help now</Link> has people you can call or text.
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => go({ type: "again" })}>
              Do it again
            </button>
            <Link href={listHref} className="button secondary">
              Back to resources
            </Link>
          </div>
        </div>
      )}
    </Page>
  );
}
