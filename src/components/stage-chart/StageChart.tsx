import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatDate } from "../../domain/dates";
import type { ContentPack } from "../../domain/pack/schema";
import type { Series } from "../../domain/history/series";
import { stageWords } from "./SeriesTable";

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" });

function PointDetails({ active, payload, pack }: TooltipContentProps & { pack: ContentPack }) {
  const point = payload?.[0]?.payload as { date: string; stage: number } | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p>{formatDate(point.date)}</p>
      <p>
        <strong>{stageWords(pack, point.stage)}</strong>
      </p>
    </div>
  );
}

/**
 * The stage over time. The first stage (doing well) is at the top, and the axis names
 * every stage in words, so the chart never relies on colour. recharts' accessibility
 * layer lets keyboard users step through the points with the arrow keys.
 */
export default function StageChart({
  pack,
  series,
  label,
}: {
  pack: ContentPack;
  series: Series;
  label: string;
}) {
  const data = series.points.map((point) => ({ ...point, time: Date.parse(point.date) }));
  // Room for the longest stage name at the person's chosen text size.
  const fontPx = 0.85 * parseFloat(getComputedStyle(document.documentElement).fontSize || "16");
  const longest = Math.max(...pack.stages.map((stage) => stage.label.length));
  const axisWidth = Math.ceil(longest * fontPx * 0.6 + 14);
  return (
    <div className="chart-box">
      <LineChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={data}
        accessibilityLayer
        title={label}
        desc="Use the arrow keys to move between check-ins. The same figures are in the table below."
        margin={{ top: fontPx, right: 16, bottom: 8, left: 0 }}
        className="stage-chart"
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(time: number) => shortDate.format(time)}
          minTickGap={24}
        />
        <YAxis
          type="number"
          domain={[0, 3]}
          ticks={[0, 1, 2, 3]}
          reversed
          width={axisWidth}
          tickFormatter={(index: number) => pack.stages[index]?.label ?? ""}
        />
        <Tooltip content={(props) => <PointDetails {...props} pack={pack} />} />
        <Line
          type="linear"
          dataKey="stage"
          isAnimationActive={false}
          dot={{ r: 5 }}
          activeDot={{ r: 8 }}
        />
      </LineChart>
    </div>
  );
}
