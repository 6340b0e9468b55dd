/**
 * Pieces every chart of ours draws with recharts: the stage names on the stage axis
 * (in words, so colour is never the only signal), date labels placed by date-ticks.ts,
 * and a dot in its stage's colour. Loaded with recharts, in the chart chunk.
 */
import { Text } from "recharts";
import type { ContentPack } from "../../domain/pack/schema";
import type { DateTick } from "./date-ticks";

/** The date labels' size in pixels: chart.css sets the same on .chart-tick. */
export const TICK_FONT_PX = 13;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

const num = (value: number | string | undefined) => Number(value ?? 0);

/** A stage's name beside its line, wrapped onto two lines if it needs to be. */
export function StageTick({
  pack,
  width,
  ...props
}: TickProps & { pack: ContentPack; width: number }) {
  const index = Number(props.payload?.value);
  const stage = pack.stages[index];
  if (!stage) return null;
  return (
    <Text
      x={num(props.x)}
      y={num(props.y)}
      width={width}
      textAnchor="end"
      verticalAnchor="middle"
      fill="currentColor"
      className="chart-tick chart-stage-name"
    >
      {stage.label}
    </Text>
  );
}

/** A date under the axis, pulled in from the chart's edge where date-ticks.ts says. */
export function DateTickLabel({
  ticks,
  ...props
}: TickProps & { ticks: ReadonlyMap<number, DateTick> }) {
  const tick = ticks.get(Number(props.payload?.value));
  if (!tick) return null;
  return (
    <text
      x={num(props.x) + tick.labelX - tick.x}
      y={num(props.y)}
      dy="0.9em"
      textAnchor={tick.anchor}
      className="chart-tick"
    >
      {tick.label}
    </text>
  );
}

/** A point as a dot in its stage's colour; its stage is also in words, by the axis. */
export function StageDot({
  pack,
  radius,
  ...props
}: {
  pack: ContentPack;
  radius: number;
  cx?: number;
  cy?: number;
  value?: unknown;
}) {
  if (props.cx === undefined || props.cy === undefined) return null;
  const stage = pack.stages[Math.round(Number(props.value))];
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={radius}
      className={`chart-dot stage-${stage?.colour ?? "green"}`}
    />
  );
}
