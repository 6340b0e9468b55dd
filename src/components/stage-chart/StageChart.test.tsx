import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Series } from "../../domain/history/series";
import { makePack } from "../../testing/pack-factory";
import { StageChartFigure } from "./StageChartFigure";

const pack = makePack();

const threeCheckIns: Series = {
  grouped: "check-in",
  points: [
    { date: "2026-11-02T09:00:00.000Z", stage: 0, count: 1 },
    { date: "2026-11-09T09:00:00.000Z", stage: 3, count: 1 },
    { date: "2026-11-16T09:00:00.000Z", stage: 2, count: 1 },
  ],
};

async function renderChart(series: Series = threeCheckIns) {
  const view = render(<StageChartFigure pack={pack} series={series} caption="Overall over time" />);
  // The chart is loaded lazily; the first load in a busy test run can take a moment.
  const chart = await screen.findByRole("group", { name: "Overall over time" }, { timeout: 5000 });
  const live = () => view.container.querySelector("[aria-live='polite']")?.textContent ?? "";
  const details = () => view.container.querySelector(".stage-chart-details")?.textContent ?? "";
  return { chart, live, details, container: view.container };
}

describe("the stage chart", () => {
  it("is one labelled tab stop that explains its keys and names every stage in words", async () => {
    const user = userEvent.setup();
    const { chart, container } = await renderChart();
    expect(chart).toHaveAttribute("tabindex", "0");
    expect(chart).toHaveAccessibleDescription(
      "Use the left and right arrow keys to move between check-ins. The same figures are in the table below.",
    );
    const stageNames = [...container.querySelectorAll(".stage-chart-stage")].map(
      (s) => s.textContent,
    );
    // The first stage (doing well) is at the top.
    expect(stageNames).toEqual(pack.stages.map((stage) => stage.label));
    expect(container.querySelectorAll(".stage-chart-dot")).toHaveLength(3);
    await user.tab();
    expect(chart).toHaveFocus();
  });

  it("starts at the newest check-in and moves with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    const { chart, live, details } = await renderChart();
    expect(details()).toMatch(/arrow keys/);
    await user.tab();
    expect(chart).toHaveFocus();
    expect(details()).toBe("16 Nov 2026Stage injured");
    expect(live()).toBe("16 Nov 2026: Stage injured. Check-in 3 of 3.");

    await user.keyboard("{ArrowLeft}");
    expect(details()).toBe("9 Nov 2026Stage ill");
    expect(live()).toBe("9 Nov 2026: Stage ill. Check-in 2 of 3.");

    await user.keyboard("{Home}");
    expect(live()).toBe("2 Nov 2026: Stage ready. Check-in 1 of 3.");
    await user.keyboard("{ArrowLeft}");
    expect(live()).toMatch(/^2 Nov 2026/);

    await user.keyboard("{End}");
    expect(live()).toBe("16 Nov 2026: Stage injured. Check-in 3 of 3.");
    await user.keyboard("{ArrowRight}");
    expect(live()).toMatch(/^16 Nov 2026/);
  });

  it("shows the highlight only while the chart is in use, without announcing leaving it", async () => {
    const user = userEvent.setup();
    const { container, live, details } = await renderChart();
    await user.tab();
    expect(container.querySelector(".stage-chart-active")).not.toBeNull();
    await user.tab();
    expect(container.querySelector(".stage-chart-active")).toBeNull();
    expect(details()).toMatch(/arrow keys/);
    expect(live()).toMatch(/^16 Nov 2026/);
  });

  it("shows a point a mouse passes over without announcing it; a tap announces its point", async () => {
    const { chart, live, details } = await renderChart();
    fireEvent.pointerMove(chart, { clientX: 0, pointerType: "mouse" });
    expect(details()).toMatch(/^2 Nov 2026/);
    expect(live()).toBe("");
    fireEvent.pointerDown(chart, { clientX: 0, pointerType: "touch" });
    fireEvent.pointerMove(chart, { clientX: 9999, pointerType: "mouse" });
    expect(live()).toBe("2 Nov 2026: Stage ready. Check-in 1 of 3.");
  });

  it("starts a new series with nothing highlighted", async () => {
    const user = userEvent.setup();
    const view = await renderChart();
    await user.tab();
    expect(view.details()).toMatch(/^16 Nov 2026/);
    // Another domain: as many points, other dates. Index 3 of 3 is not the same check-in.
    const sleep = {
      ...threeCheckIns,
      points: threeCheckIns.points.map((point) => ({
        ...point,
        date: point.date.replace("-11-", "-10-"),
      })),
    };
    render(<StageChartFigure pack={pack} series={sleep} caption="Sleep over time" />, {
      container: view.container,
    });
    await screen.findByRole("group", { name: "Sleep over time" });
    expect(view.details()).toMatch(/arrow keys/);
    expect(view.container.querySelector(".stage-chart-active")).toBeNull();
  });

  it("says how many check-ins a monthly point stands for, and names stages in between", async () => {
    const user = userEvent.setup();
    const months: Series = {
      grouped: "month",
      points: [
        { date: new Date(2026, 9, 1).toISOString(), stage: 1, count: 1 },
        { date: new Date(2026, 10, 1).toISOString(), stage: 1.5, count: 12 },
      ],
    };
    const { live, details } = await renderChart(months);
    await user.tab();
    expect(details()).toBe(
      "Average of 12 check-ins in November 2026Between Stage reacting and Stage injured",
    );
    await user.keyboard("{ArrowLeft}");
    expect(live()).toBe("1 check-in in October 2026: Stage reacting. Month 1 of 2.");
  });

  it("gives the table a month column when points are months", async () => {
    const user = userEvent.setup();
    await renderChart({
      grouped: "month",
      points: [{ date: new Date(2026, 10, 1).toISOString(), stage: 2, count: 30 }],
    });
    await user.click(screen.getByText("Show the chart as a table"));
    expect(screen.getByRole("columnheader", { name: "Month" })).toBeVisible();
    expect(screen.getByRole("cell", { name: "November 2026" })).toBeVisible();
    expect(screen.getByRole("cell", { name: "30" })).toBeVisible();
  });
});
