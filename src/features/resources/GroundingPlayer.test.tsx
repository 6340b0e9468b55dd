import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultPack } from "../../content/default-pack";
import type { Grounding } from "../../domain/pack/schema";
import { GroundingPlayer } from "./GroundingPlayer";

const exercise = (id: string): Grounding =>
  defaultPack.grounding.find((candidate) => candidate.id === id)!;

function renderPlayer(grounding: Grounding) {
  const location = memoryLocation({ path: "/resources", searchPath: `exercise=${grounding.id}` });
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <GroundingPlayer exercise={grounding} listHref="/resources" />
    </Router>,
  );
}

const stepHeading = () => screen.getByRole("heading", { level: 2 });

describe("the grounding player", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the caution first, then one step at a time to the end", async () => {
    const user = userEvent.setup();
    const senses = exercise("five-senses");
    renderPlayer(senses);
    expect(screen.getByText(senses.caution!)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Start" }));
    for (const [index, step] of senses.steps.entries()) {
      const heading = stepHeading();
      expect(heading).toHaveAccessibleName(
        `Step ${index + 1} of ${senses.steps.length}: ${step.text}`,
      );
      expect(heading).toHaveFocus();
      const last = index === senses.steps.length - 1;
      expect(screen.queryByRole("button", { name: last ? "Next" : "Finish" })).toBeNull();
      await user.click(screen.getByRole("button", { name: last ? "Finish" : "Next" }));
    }
    expect(stepHeading()).toHaveTextContent("You have reached the end");
    expect(stepHeading()).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Do it again" }));
    expect(stepHeading()).toHaveTextContent(`Step 1 of ${senses.steps.length}`);
  });

  it("goes back a step, and from the first step back to the introduction", async () => {
    const user = userEvent.setup();
    renderPlayer(exercise("hold-an-object"));
    await user.click(screen.getByRole("button", { name: "Start" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(stepHeading()).toHaveTextContent("Step 1 of 5");
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(stepHeading()).toHaveTextContent("Before you start");
  });

  it("shows a timer only on a step with seconds, and it waits to be started", async () => {
    const user = userEvent.setup();
    const tense = exercise("muscle-relaxation");
    renderPlayer(tense);
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(screen.queryByRole("timer")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("timer")).toHaveTextContent("Timer: 5 seconds");
    for (let step = 2; step < tense.steps.length; step++) {
      await user.click(screen.getByRole("button", { name: "Next" }));
    }
    expect(screen.queryByRole("timer")).toBeNull();
  });

  it("counts down, pauses, and at the end says so politely without moving on", async () => {
    // Only the clock the timer reads is faked: Testing Library still needs real timeouts.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const user = userEvent.setup();
    renderPlayer(exercise("muscle-relaxation"));
    await user.click(screen.getByRole("button", { name: "Start" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    const done = screen.getByRole("status");
    expect(done).toHaveTextContent("");
    await user.click(screen.getByRole("button", { name: "Start the timer" }));
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole("timer")).toHaveTextContent("4 seconds left");
    await user.click(screen.getByRole("button", { name: "Pause" }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByRole("timer")).toHaveTextContent("4 seconds left (paused)");
    await user.click(screen.getByRole("button", { name: "Carry on" }));
    act(() => vi.advanceTimersByTime(4_000));
    expect(done).toHaveTextContent("Time is up. Go on whenever you feel ready.");
    expect(stepHeading()).toHaveTextContent("Step 2 of 8");
    expect(screen.getByRole("button", { name: "Start the timer again" })).toBeVisible();
  });

  it("flows through a breathing rhythm from one tap on Start, round after round, until Stop", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    const user = userEvent.setup();
    const box = exercise("box-breathing");
    renderPlayer(box);
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(stepHeading()).toHaveTextContent("Breathe with the circle");
    expect(stepHeading()).toHaveFocus();
    expect(screen.getByText("Round 1")).toBeVisible();
    expect(screen.getByText(box.steps[0]!.text)).toBeVisible();
    act(() => vi.advanceTimersByTime(4_000));
    expect(screen.getByText(box.steps[1]!.text)).toBeVisible();
    act(() => vi.advanceTimersByTime(12_000));
    expect(screen.getByText("Round 2")).toBeVisible();
    expect(screen.getByText(box.steps[0]!.text)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Stop" }));
    expect(stepHeading()).toHaveTextContent("You have reached the end");
  });
});
