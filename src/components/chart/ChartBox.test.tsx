import { act, fireEvent, render, screen } from "@testing-library/react";
import { lazy } from "react";
import { describe, expect, it, vi } from "vitest";
import { ChartBox } from "./ChartBox";
import { retryableLazy } from "./retryable-lazy";

const FAILED = "The chart could not be drawn just now. The table below has the same figures.";

describe("the chart's box", () => {
  it("keeps the screen going with kind words when the chart's code cannot load", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Missing = lazy(() =>
      Promise.reject(new Error("Failed to fetch dynamically imported module")),
    );
    // jsdom has no layout: give the box a size to draw into.
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(
      DOMRect.fromRect({ width: 300, height: 200 }),
    );
    render(<ChartBox now>{() => <Missing />}</ChartBox>);
    expect(
      await screen.findByText(
        "The chart could not be drawn just now. The table below has the same figures.",
      ),
    ).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it("asks for the chart's code again when the device is back online, or when asked", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(
      DOMRect.fromRect({ width: 300, height: 200 }),
    );
    let arrived = false;
    const chart = retryableLazy<object>(() =>
      arrived
        ? Promise.resolve({ default: () => <p>The chart</p> })
        : Promise.reject(new Error("Failed to fetch dynamically imported module")),
    );
    const Chart = () => {
      const Drawn = chart.get();
      return <Drawn />;
    };
    render(
      <ChartBox now onRetry={chart.reset}>
        {() => <Chart />}
      </ChartBox>,
    );
    expect(await screen.findByText(FAILED)).toBeInTheDocument();
    // Still offline: asking again fails kindly again.
    fireEvent.click(screen.getByRole("button", { name: "Try the chart again" }));
    expect(await screen.findByText(FAILED)).toBeInTheDocument();

    arrived = true;
    await act(async () => {
      window.dispatchEvent(new Event("online"));
    });
    expect(await screen.findByText("The chart")).toBeInTheDocument();
    expect(screen.queryByText(FAILED)).not.toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
