import type { Series } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { SeriesTable } from "./SeriesTable";
import { StageChart } from "./StageChart";
import "./stage-chart.css";

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
      {/* A new series (another domain or range) starts with nothing highlighted. */}
      <StageChart key={seriesKey(series, caption)} pack={pack} series={series} label={caption} />
      <SeriesTable pack={pack} series={series} caption={caption} />
    </figure>
  );
}
