import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createTimer,
  describeSeconds,
  pauseTimer,
  resetTimer,
  secondsLeft,
  startTimer,
  tickTimer,
  timerStatus,
} from "./step-timer";

describe("a step's timer", () => {
  it("waits to be started, then counts down to zero and stops", () => {
    let timer = createTimer(4);
    expect(timerStatus(timer)).toBe("ready");
    expect(tickTimer(timer, 99_000)).toBe(timer);
    timer = startTimer(timer, 1_000);
    expect(timerStatus(timer)).toBe("running");
    timer = tickTimer(timer, 2_000);
    expect(secondsLeft(timer)).toBe(3);
    timer = tickTimer(timer, 5_000);
    expect(secondsLeft(timer)).toBe(0);
    expect(timerStatus(timer)).toBe("finished");
  });

  it("shows a part second as a whole one, and only changes when the shown second does", () => {
    const running = startTimer(createTimer(4), 0);
    const later = tickTimer(running, 400);
    expect(later).toBe(running);
    expect(secondsLeft(tickTimer(running, 3_800))).toBe(1);
  });

  it("pauses and carries on from where it was", () => {
    let timer = startTimer(createTimer(30), 0);
    timer = pauseTimer(tickTimer(timer, 10_000), 10_500);
    expect(timerStatus(timer)).toBe("paused");
    expect(timer.remainingMs).toBe(19_500);
    expect(tickTimer(timer, 60_000)).toBe(timer);
    timer = startTimer(timer, 100_000);
    expect(tickTimer(timer, 119_500).remainingMs).toBe(0);
  });

  it("ends on time even if ticks are late, as in a hidden tab", () => {
    const timer = tickTimer(startTimer(createTimer(5), 0), 65_000);
    expect(timerStatus(timer)).toBe("finished");
  });

  it("starts again from the top once finished, or when reset", () => {
    const finished = tickTimer(startTimer(createTimer(5), 0), 5_000);
    expect(startTimer(finished, 10_000)).toEqual({
      totalMs: 5_000,
      remainingMs: 5_000,
      endsAt: 15_000,
    });
    expect(timerStatus(resetTimer(startTimer(createTimer(5), 0)))).toBe("ready");
  });

  it("never shows more than it started with or less than nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 30 }),
        (seconds, gaps) => {
          let now = 0;
          let timer = startTimer(createTimer(seconds), now);
          for (const gap of gaps) {
            now += gap;
            timer = tickTimer(timer, now);
            expect(secondsLeft(timer)).toBeGreaterThanOrEqual(0);
            expect(secondsLeft(timer)).toBeLessThanOrEqual(seconds);
          }
        },
      ),
    );
  });
});

describe("describeSeconds", () => {
  it("says a time in words", () => {
    expect(describeSeconds(0)).toBe("0 seconds");
    expect(describeSeconds(1)).toBe("1 second");
    expect(describeSeconds(30)).toBe("30 seconds");
    expect(describeSeconds(60)).toBe("1 minute");
    expect(describeSeconds(90)).toBe("1 minute 30 seconds");
    expect(describeSeconds(600)).toBe("10 minutes");
  });
});
