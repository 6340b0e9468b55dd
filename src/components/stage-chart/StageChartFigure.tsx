import { lazy, Suspense } from "react";
import type { Series } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { SeriesTable } from "./SeriesTable";
import "./stage-chart.css";

// The chart loads only when a screen has check-ins to draw, so screens without one
// (and Home) do not carry it.
const StageChart = lazy(() => import("./StageChart"));

function seriesKey(series: Series, caption: string): string {
  const { points, grouped } = series;
  return [caption, grouped, points.length, points[0]?.date, points.at(-1)?.date].join("|");
}

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
        {/* A new series (another domain or range) starts with nothing highlighted. */}
        <StageChart key={seriesKey(series, caption)} pack={pack} series={series} label={caption} />
      </Suspense>
      <SeriesTable pack={pack} series={series} caption={caption} />
    </figure>
  );
}
