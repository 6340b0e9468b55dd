import type { ContentPack } from "../../domain/pack/schema";
import type { Series } from "../../domain/history/series";
import { formatDate } from "../../domain/dates";

/** Words for a point's stage; a weekly average between two stages names both. */
export function stageWords(pack: ContentPack, stage: number): string {
  const lower = pack.stages[Math.floor(stage)]?.label ?? "";
  if (Number.isInteger(stage)) return lower;
  const upper = pack.stages[Math.ceil(stage)]?.label ?? "";
  return `Between ${lower} and ${upper}`;
}

/** The chart's numbers as a table, for screen readers and anyone who prefers one. */
export function SeriesTable({
  pack,
  series,
  caption,
}: {
  pack: ContentPack;
  series: Series;
  caption: string;
}) {
  return (
    <details className="table-toggle disclosure">
      <summary>Show the chart as a table</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{series.grouped === "week" ? "Week starting" : "Date"}</th>
              <th scope="col">Stage</th>
              {series.grouped === "week" ? <th scope="col">Check-ins</th> : null}
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.date}>
                <td>{formatDate(point.date)}</td>
                <td>{stageWords(pack, point.stage)}</td>
                {series.grouped === "week" ? <td>{point.count}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
