import { lazy, Suspense } from "react";
import type { Series } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { SeriesTable } from "./SeriesTable";
import "./stage-chart.css";

// The chart loads only when a screen has check-ins to draw, so screens without one
// (and Home) do not carry it.
const StageChart = lazy(() => import("./StageChart"));

/** The stage over time as a chart, with the same figures as a table beneath it. */
export function StageChartFigure({
  pack,
  series,
  caption,
}: {
  pack: ContentPack;
  series: Series;
  caption: string;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <Suspense fallback={<p className="loading chart-box">Drawing the chart…</p>}>
        <StageChart pack={pack} series={series} label={caption} />
      </Suspense>
      <SeriesTable pack={pack} series={series} caption={caption} />
    </figure>
  );
}
