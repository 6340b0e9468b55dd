import type { Series } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { ChartBox } from "./ChartBox";
import { SeriesTable } from "./SeriesTable";
import { retryableLazy } from "./retryable-lazy";
import "./chart.css";

/** recharts and the chart drawn with it: a chunk of their own, loaded when seen. */
const lineChart = retryableLazy(() => import("./StageLineChart"));

function seriesKey(series: Series, caption: string): string {
  const { points, grouped } = series;
  return [caption, grouped, points.length, points[0]?.date, points.at(-1)?.date].join("|");
}

/** The stage over time as a chart, with the same figures as a table beneath it. */
export function StageChartFigure({
  pack,
  series,
  caption,
  now = false,
}: {
  pack: ContentPack;
  series: Series;
  caption: string;
  /** Draw at once rather than when scrolled to (a page made to be printed). */
  now?: boolean;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <ChartBox now={now} onRetry={lineChart.reset}>
        {(size) => {
          // Asked each time the box draws, so a retry gets a fresh lazy chart.
          const StageLineChart = lineChart.get();
          // A new series (another area or range) starts with nothing highlighted.
          return (
            <StageLineChart
              key={seriesKey(series, caption)}
              pack={pack}
              series={series}
              label={caption}
              {...size}
            />
          );
        }}
      </ChartBox>
      <SeriesTable pack={pack} series={series} caption={caption} />
    </figure>
  );
}
