/**
 * The stage over time, drawn by recharts. The first stage (doing well) is at the top and
 * every stage is named in words beside its line. The chart is one tab stop (recharts'
 * accessibility layer): the left and right arrow keys move between points, and each
 * point's date and stage show in a tooltip in our words and are read out. A tap or a
 * pointer shows the same. Default export: this module is the lazily loaded chart chunk.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Series } from "../../domain/history/series";
import { Icon } from "../Icon";
import type { ContentPack } from "../../domain/pack/schema";
import { DateTickLabel, StageDot, StageTick, TICK_FONT_PX } from "./chart-parts";
import type { ChartSize } from "./ChartBox";
import { dateTicks, PLOT_INSET, timeDomain } from "./date-ticks";
import { pointWhen, stageWords } from "./point-words";

const ordinalWord = { "check-in": "Check-in", week: "Week", month: "Month" } as const;
const MARGIN = { top: 12, right: 8, bottom: 4, left: 4 };
const HOUR_MS = 3600_000;
const FILL = { width: "100%", height: "100%" };

interface Datum {
  t: number;
  stage: number;
  index: number;
}

/** A dot small enough that neighbours do not merge into a blob, and never under 2 px. */
function dotRadius(pointCount: number, width: number): number {
  return Math.min(4.5, Math.max(2, width / Math.max(1, pointCount) / 3));
}

/** The tooltip, in our words; it tells the chart which point it shows. */
function PointTip({
  pack,
  series,
  onPoint,
  active,
  payload,
}: {
  pack: ContentPack;
  series: Series;
  onPoint: (index: number | null) => void;
  active?: boolean;
  payload?: readonly { payload?: Datum }[];
}) {
  const datum = active ? payload?.[0]?.payload : undefined;
  const index = datum?.index ?? null;
  useEffect(() => onPoint(index), [index, onPoint]);
  const point = index === null ? undefined : series.points[index];
  if (!point) return null;
  // An average between two stages shows the icon of the nearer one, beside both names.
  const stage = pack.stages[Math.round(point.stage)];
  return (
    <div className="chart-tip" aria-hidden="true">
      <p>{pointWhen(series.grouped, point)}</p>
      <p className={`chart-tip-stage stage-${stage?.colour ?? "green"}`}>
        {stage ? <Icon name={stage.icon} size={18} /> : null}
        <strong>{stageWords(pack, point.stage)}</strong>
      </p>
    </div>
  );
}

export default function StageLineChart({
  pack,
  series,
  label,
  width,
  height,
}: { pack: ContentPack; series: Series; label: string } & ChartSize) {
  const points = series.points;
  const hintId = useId();
  const [announcement, setAnnouncement] = useState("");
  const wrapRef = useRef<HTMLDivElement>(null);
  const stageWidth = Math.min(112, Math.round(width * 0.3));
  const plotWidth = Math.max(1, width - stageWidth - MARGIN.left - MARGIN.right);
  const data = useMemo<Datum[]>(
    () => points.map((point, index) => ({ t: Date.parse(point.date), stage: point.stage, index })),
    [points],
  );
  const [start, end] = timeDomain(points);
  // One moment (one check-in, or several at once) sits in the middle of a short span.
  const domain: [number, number] = end > start ? [start, end] : [start - HOUR_MS, start + HOUR_MS];
  const ticks = useMemo(() => {
    const made = end > start ? dateTicks(start, end, plotWidth, TICK_FONT_PX) : [];
    // The lone moment's day, under its point (date-ticks names it so).
    const list = made.length > 0 ? made : dateTicks(start, start, plotWidth, TICK_FONT_PX);
    return new Map(list.map((tick) => [tick.ms, tick]));
  }, [start, end, plotWidth]);

  const onPoint = useCallback(
    (index: number | null) => {
      const point = index === null ? undefined : points[index];
      // Read out what the keyboard or a tap chose, not a mouse passing over.
      const focused = wrapRef.current?.contains(document.activeElement) ?? false;
      if (index === null || !point || !focused) return;
      setAnnouncement(
        `${pointWhen(series.grouped, point)}: ${stageWords(pack, point.stage)}. ` +
          `${ordinalWord[series.grouped]} ${index + 1} of ${points.length}.`,
      );
    },
    [pack, points, series.grouped],
  );
  const radius = dotRadius(points.length, plotWidth);
  const lastStage = pack.stages.length - 1;

  return (
    <div className="stage-chart" ref={wrapRef}>
      <LineChart
        width={width}
        height={height}
        data={data}
        margin={MARGIN}
        // The size given is the screen's; on paper the svg (with its viewBox) scales
        // evenly to the print box, with no redraw, so every name stays on its line.
        style={FILL}
        accessibilityLayer
        aria-label={label}
        aria-describedby={hintId}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={domain}
          ticks={[...ticks.keys()]}
          interval={0}
          tick={<DateTickLabel ticks={ticks} />}
          tickLine={false}
          padding={{ left: PLOT_INSET, right: PLOT_INSET }}
          height={24}
        />
        <YAxis
          type="number"
          domain={[0, lastStage]}
          ticks={pack.stages.map((_, index) => index)}
          interval={0}
          reversed
          tick={<StageTick pack={pack} width={stageWidth - 8} />}
          tickLine={false}
          axisLine={false}
          width={stageWidth}
        />
        <Tooltip
          content={<PointTip pack={pack} series={series} onPoint={onPoint} />}
          cursor={{ className: "chart-cursor" }}
          isAnimationActive={false}
        />
        <Line
          dataKey="stage"
          type="linear"
          className="chart-line"
          isAnimationActive={false}
          dot={<StageDot pack={pack} radius={radius} />}
          activeDot={{ r: 8, className: "chart-active-dot" }}
        />
      </LineChart>
      <p id={hintId} className="visually-hidden">
        Use the left and right arrow keys to move between check-ins. The same figures are in the
        table below.
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
