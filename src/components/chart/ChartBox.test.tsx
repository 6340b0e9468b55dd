import { render, screen } from "@testing-library/react";
import { lazy } from "react";
import { describe, expect, it, vi } from "vitest";
import { ChartBox } from "./ChartBox";

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
});
