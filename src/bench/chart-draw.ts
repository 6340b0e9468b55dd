/**
 * The History chart's first draw with ten years of daily check-ins: the series is
 * made as History makes it (grouped by month), the chart chunk is loaded, and the
 * time runs from asking React to draw until every point is on screen.
 */
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { stageSeries, type SeriesSource } from "../domain/history/series";
import { loadDefaultPack } from "../content";

const DAY_MS = 86_400_000;

function tenYears(count: number): SeriesSource[] {
  const start = Date.UTC(2016, 0, 1, 9);
  return Array.from({ length: count }, (_, index) => ({
    createdAt: new Date(start + index * DAY_MS).toISOString(),
    result: { stageIndex: (index * 7) % 4, domains: [] },
  }));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function timeChartDraw(count = 3650) {
  const series = stageSeries(tenYears(count));
  const pack = await loadDefaultPack();
  const importStart = performance.now();
  const { default: StageLineChart } = await import("../components/chart/StageLineChart");
  const importMs = performance.now() - importStart;
  const host = document.createElement("div");
  host.style.width = "358px";
  document.body.append(host);
  const root = createRoot(host);
  const drawn = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.querySelectorAll(".chart-dot").length === series.points.length) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(host, { childList: true, subtree: true });
  });
  const start = performance.now();
  root.render(
    createElement(StageLineChart, {
      pack,
      series,
      label: "Overall stage over time",
      width: 358,
      height: 272,
    }),
  );
  await drawn;
  await nextFrame();
  const drawMs = performance.now() - start;
  root.unmount();
  host.remove();
  return {
    checkIns: count,
    points: series.points.length,
    grouped: series.grouped,
    importMs,
    drawMs,
  };
}
