import type { ContentPack } from "../../domain/pack/schema";
import type { Series } from "../../domain/history/series";
import { pointDate, stageWords } from "./point-words";

const dateHeading = { "check-in": "Date", week: "Week starting", month: "Month" } as const;

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
  const grouped = series.grouped !== "check-in";
  return (
    <details className="table-toggle disclosure">
      <summary>Show the chart as a table</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{dateHeading[series.grouped]}</th>
              <th scope="col">Stage</th>
              {grouped ? <th scope="col">Check-ins</th> : null}
            </tr>
          </thead>
          <tbody>
            {series.points.map((point, index) => (
              <tr key={`${index}-${point.date}`}>
                <td>{pointDate(series.grouped, point)}</td>
                <td>{stageWords(pack, point.stage)}</td>
                {grouped ? <td>{point.count}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
