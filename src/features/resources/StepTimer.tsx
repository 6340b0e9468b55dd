import { useEffect, type Dispatch } from "react";
import type { PlayerAction } from "../../domain/resources/grounding-player";
import {
  describeSeconds,
  secondsLeft,
  timerStatus,
  type StepTimer as Timer,
} from "../../domain/resources/step-timer";

const TICK_MS = 250;

const BUTTON_LABELS = {
  ready: "Start the timer",
  running: "Pause",
  paused: "Carry on",
  finished: "Start the timer again",
} as const;

/**
 * A countdown the person starts themselves. Screen readers hear nothing while it runs
 * (role="timer" is not live); only the end is announced, politely.
 */
export function StepTimer({ timer, dispatch }: { timer: Timer; dispatch: Dispatch<PlayerAction> }) {
  const status = timerStatus(timer);
  const left = secondsLeft(timer);

  useEffect(() => {
    if (status !== "running") return;
    const interval = setInterval(() => dispatch({ type: "tick", now: Date.now() }), TICK_MS);
    return () => clearInterval(interval);
  }, [status, dispatch]);

  const shown =
    status === "ready"
      ? `Timer: ${describeSeconds(left)}`
      : `${describeSeconds(left)} left${status === "paused" ? " (paused)" : ""}`;

  return (
    <div className={`step-timer ${status}`}>
      <p className="timer-count" role="timer">
        {shown}
      </p>
      <div className="timer-bar" aria-hidden="true">
        <span style={{ width: `${(left * 100_000) / timer.totalMs}%` }} />
      </div>
      <div className="actions">
        {/* One button whose job changes, so focus stays put as it starts and stops. */}
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            dispatch({
              type: status === "running" ? "timer-pause" : "timer-start",
              now: Date.now(),
            })
          }
        >
          {BUTTON_LABELS[status]}
        </button>
        {status === "paused" ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => dispatch({ type: "timer-reset" })}
          >
            Reset
          </button>
        ) : null}
      </div>
      <p role="status" className="timer-done">
        {status === "finished" ? "Time is up. Go on whenever you feel ready." : ""}
      </p>
    </div>
  );
}
