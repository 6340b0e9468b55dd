import { useEffect, useState, type Ref } from "react";
import { circleFullness, rhythmAt, type RhythmStep } from "../../domain/resources/breathing-rhythm";
import { describeSeconds } from "../../domain/resources/step-timer";

const TICK_MS = 250;
/** A gentle buzz at each change, only where the phone can and the person asked. */
const CUE_MS = 60;

/**
 * A breathing exercise that flows: it starts at once, each step moves on with the time,
 * and rounds repeat until the person stops. A circle grows and shrinks with the breath
 * (still when reduced motion is asked for); a buzz at each change only if turned on.
 */
export function BreathingRhythm({
  steps,
  guidance,
  headingRef,
  onStop,
}: {
  steps: readonly RhythmStep[];
  guidance: readonly string[];
  headingRef: Ref<HTMLHeadingElement>;
  onStop: () => void;
}) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const [cue, setCue] = useState(false);
  const place = rhythmAt(steps, now - startedAt);
  const step = steps[place.index]!;
  const fullness = circleFullness(steps)[place.index] ?? 0;
  const canBuzz = typeof navigator !== "undefined" && "vibrate" in navigator;

  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, []);

  const change = `${place.round}-${place.index}`;
  useEffect(() => {
    if (cue) navigator.vibrate?.(CUE_MS);
    // Only at a change of step, not when the person turns the cue on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [change]);

  return (
    <div className="player-view rhythm">
      <h2 ref={headingRef} tabIndex={-1}>
        Breathe with the circle
      </h2>
      <p className="progress-text">Round {place.round}</p>
      <div className="breath-circle-space" aria-hidden="true">
        {/* A new circle for each step, so its breath in or out starts from the top. */}
        <div
          key={change}
          className="breath-circle"
          data-breath={step.breath}
          style={{
            transform: `scale(${0.45 + 0.55 * fullness})`,
            animationDuration: `${step.seconds}s`,
          }}
        />
      </div>
      {/* The step's words are read out as they change; the count is not. */}
      <p className="player-step-text rhythm-step" aria-live="polite">
        {step.text}
      </p>
      <p className="timer-count" role="timer">
        {describeSeconds(place.secondsLeft)}
      </p>
      {guidance.map((text) => (
        <p key={text} className="muted">
          {text}
        </p>
      ))}
      {canBuzz ? (
        <label className="choice checkbox">
          <input type="checkbox" checked={cue} onChange={(event) => setCue(event.target.checked)} />
          <span>Buzz gently at each change</span>
        </label>
      ) : null}
      <div className="actions">
        <button type="button" className="button large" onClick={onStop}>
          Stop
        </button>
      </div>
    </div>
  );
}
