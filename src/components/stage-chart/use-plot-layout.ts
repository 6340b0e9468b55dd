import { useLayoutEffect, useRef, useState } from "react";
import { evenLines, linesFromLabels } from "./chart-layout";

export interface PlotLayout {
  width: number;
  height: number;
  /** The date labels' font size, to judge how many fit. */
  fontPx: number;
  /** Each stage's line, from the top of the plot, level with (or just below) its name. */
  lines: number[];
}

/** Before the plot is measured (and in tests, where nothing has a size), draw at this size. */
const FALLBACK: PlotLayout = { width: 300, height: 240, fontPx: 13.6, lines: evenLines(240) };

function same(a: PlotLayout, b: PlotLayout): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    a.fontPx === b.fontPx &&
    a.lines.every((y, i) => Math.abs(y - (b.lines[i] ?? NaN)) < 0.5)
  );
}

/**
 * The plot's size and where the stage names ended up, kept in step with the page. The
 * names are HTML, so the browser wraps them and sizes them with the text size; the svg
 * then draws each stage's line where its name is. Measured before the first paint.
 */
export function usePlotLayout() {
  const chartRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState(FALLBACK);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    const plot = plotRef.current;
    if (!chart || !plot) return;
    const measure = () => {
      const box = plot.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      const labels = [...chart.querySelectorAll(".stage-chart-stage")].map((label) =>
        label.getBoundingClientRect(),
      );
      const next: PlotLayout = {
        width: box.width,
        height: box.height,
        fontPx: parseFloat(getComputedStyle(plot).fontSize) || FALLBACK.fontPx,
        lines: labels.length > 0 ? linesFromLabels(box, labels) : evenLines(box.height),
      };
      setLayout((old) => (same(old, next) ? old : next));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    // A new width, text size or layout (names beside or above their lines) resizes the
    // plot or the names, so watching both catches every change.
    const observer = new ResizeObserver(measure);
    observer.observe(plot);
    for (const label of chart.querySelectorAll(".stage-chart-stage")) observer.observe(label);
    return () => observer.disconnect();
  }, []);
  return { chartRef, plotRef, layout };
}
