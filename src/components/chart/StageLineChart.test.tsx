import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Series } from "../../domain/history/series";
import { makePack } from "../../testing/pack-factory";
import StageLineChart from "./StageLineChart";

const pack = makePack();

function drawChart(series: Series) {
  return render(
    <StageLineChart
      pack={pack}
      series={series}
      label="Overall over time"
      width={360}
      height={272}
    />,
  );
}

describe("the stage chart", () => {
  it("is one labelled tab stop that explains its keys, with every stage named in words", () => {
    const { container } = drawChart({
      grouped: "check-in",
      points: [
        { date: "2026-11-02T09:00:00.000Z", stage: 0, count: 1 },
        { date: "2026-11-09T09:00:00.000Z", stage: 3, count: 1 },
      ],
    });
    const chart = screen.getByRole("application", { name: "Overall over time" });
    expect(chart).toHaveAttribute("tabindex", "0");
    expect(chart).toHaveAccessibleDescription(
      "Use the left and right arrow keys to move between check-ins. The same figures are in the table below.",
    );
    const names = [...container.querySelectorAll(".chart-stage-name")].map((name) =>
      [...name.querySelectorAll("tspan")].map((line) => line.textContent).join(" "),
    );
    // The first stage (doing well) is at the top.
    expect(names).toEqual(pack.stages.map((stage) => stage.label));
    expect(container.querySelectorAll(".chart-dot")).toHaveLength(2);
  });

  it("reads out the point the keyboard moves to, in our words", async () => {
    const { container } = drawChart({
      grouped: "month",
      points: [
        { date: "2026-10-01T00:00:00.000Z", stage: 1, count: 1 },
        { date: "2026-11-01T00:00:00.000Z", stage: 1.5, count: 4 },
      ],
    });
    const chart = screen.getByRole("application", { name: "Overall over time" });
    const live = () => container.querySelector("[aria-live='polite']")?.textContent;
    await act(async () => chart.focus());
    await act(async () => {
      chart.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    });
    await vi.waitFor(() =>
      expect(live()).toBe(
        `Average of 4 check-ins in November 2026: Between ${pack.stages[1]?.label} and ${pack.stages[2]?.label}. Month 2 of 2.`,
      ),
    );
  });

  it("draws one check-in as one dot, with its day named under it", () => {
    const { container } = drawChart({
      grouped: "check-in",
      points: [{ date: "2026-11-03T09:00:00.000Z", stage: 2, count: 1 }],
    });
    expect(container.querySelectorAll(".chart-dot")).toHaveLength(1);
    expect(container.querySelector(".chart-dot")).toHaveClass(`stage-${pack.stages[2]?.colour}`);
    expect(screen.getByText("3 Nov 2026")).toBeInTheDocument();
  });
});
