import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Series } from "../../domain/history/series";
import type { ContentPack } from "../../domain/pack/schema";
import { dateTicks, dotRadius, nearestIndex, placePoints, timeDomain } from "./chart-layout";
import { pointWhen, stageWords } from "./point-words";
import { usePlotLayout } from "./use-plot-layout";

const ordinalWord = { "check-in": "Check-in", week: "Week", month: "Month" } as const;

/**
 * The stage over time, drawn by hand in SVG. The first stage (doing well) is at the
 * top and every stage is named in words beside its line, so colour is never the only
 * signal. The chart is one tab stop: the arrow keys, Home and End (or pointing, or a
 * tap) pick a check-in, whose date and stage show below the chart and are announced.
 */
export function StageChart({
  pack,
  series,
  label,
}: {
  pack: ContentPack;
  series: Series;
  label: string;
}) {
  const { chartRef, plotRef, layout } = usePlotLayout();
  const { width, height, fontPx, lines } = layout;
  const [active, setActive] = useState<number | null>(null);
  // The same, readable at once: a tap's pointerdown and the focus it causes come together.
  const activeRef = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const hintId = useId();
  const points = series.points;
  const last = points.length - 1;

  const placed = useMemo(() => placePoints(points, width, lines), [points, width, lines]);
  const ticks = useMemo(
    () => dateTicks(...timeDomain(points), width, fontPx),
    [points, width, fontPx],
  );
  const radius = dotRadius(points.length, width);
  const line = placed.map(({ x, y }, i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`);
  const activePoint = active === null ? undefined : points[active];
  const activePlace = active === null ? undefined : placed[active];
  const details = activePoint
    ? { when: pointWhen(series.grouped, activePoint), stage: stageWords(pack, activePoint.stage) }
    : null;

  /** Highlights a point; announced unless a mouse is just passing over the chart. */
  function highlight(index: number | null, announce = true) {
    // The same point again is news only when it was passed over silently (then clicked).
    if (index === activeRef.current && !announce) return;
    activeRef.current = index;
    setActive(index);
    const point = index === null ? undefined : points[index];
    // Leaving the chart is not announced: the last words stay in the live region.
    if (index === null || !point || !announce) return;
    setAnnouncement(
      `${pointWhen(series.grouped, point)}: ${stageWords(pack, point.stage)}. ` +
        `${ordinalWord[series.grouped]} ${index + 1} of ${points.length}.`,
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    // Kept within the points, in case the series changed under a highlight.
    const from = activeRef.current === null ? null : Math.min(activeRef.current, last);
    const to = {
      ArrowLeft: from === null ? last : Math.max(0, from - 1),
      ArrowRight: from === null ? last : Math.min(last, from + 1),
      Home: 0,
      End: last,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    highlight(to);
  }

  function onPointer(event: PointerEvent, announce: boolean) {
    const plot = plotRef.current;
    if (!plot) return;
    const box = plot.getBoundingClientRect();
    // Pixels on the page to the svg's own units (the same, unless mid-resize).
    const x = ((event.clientX - box.left) * width) / (box.width || width);
    highlight(nearestIndex(placed, x), announce);
  }

  return (
    <div className="stage-chart-wrap">
      {/* One tab stop that takes the arrow keys, like a composite widget, but with no ARIA
          widget role that fits a chart (and "application" would switch screen readers'
          own keys off); the figures are in the table for anyone who prefers them. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={chartRef}
        className="stage-chart"
        role="group"
        aria-roledescription="chart"
        aria-label={label}
        aria-describedby={hintId}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onKeyDown}
        // The newest check-in is the one most people look for first.
        onFocus={() => {
          if (activeRef.current === null) highlight(last);
        }}
        onBlur={() => highlight(null)}
        onPointerMove={(event) => onPointer(event, false)}
        onPointerDown={(event) => onPointer(event, true)}
        // A mouse moving off lets go; a tap keeps its point until something else is
        // tapped (a finger "leaves" as it lifts, before the tap focuses the chart).
        onPointerLeave={(event) => {
          if (event.pointerType !== "mouse") return;
          if (document.activeElement !== event.currentTarget) highlight(null);
        }}
        // A finger that goes on to scroll the page was not picking a check-in.
        onPointerCancel={(event) => {
          if (document.activeElement !== event.currentTarget) highlight(null);
        }}
      >
        {pack.stages.map((stage, index) => (
          <p
            key={stage.id}
            className={`stage-chart-stage stage-chart-row-${index + 1}`}
            aria-hidden="true"
          >
            <span className={`stage-chart-swatch stage-${stage.colour}`} />
            <span>{stage.label}</span>
          </p>
        ))}
        <div className="stage-chart-plot" ref={plotRef}>
          <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
            {lines.map((y, index) => (
              <line key={index} className="stage-chart-grid" x1={0} x2={width} y1={y} y2={y} />
            ))}
            <line className="stage-chart-axis" x1={0} x2={width} y1={height} y2={height} />
            {ticks.map((tick) => (
              <g key={`${tick.x}-${tick.label}`} className="stage-chart-tick">
                <line x1={tick.x} x2={tick.x} y1={height} y2={height + 5} />
                <text x={tick.labelX} y={height + 8} textAnchor={tick.anchor}>
                  {tick.label}
                </text>
              </g>
            ))}
            {activePlace ? (
              <line
                className="stage-chart-guide"
                x1={activePlace.x}
                x2={activePlace.x}
                y1={0}
                y2={height}
              />
            ) : null}
            <path className="stage-chart-line" d={line.join("")} />
            {placed.map(({ x, y }, index) => (
              <circle
                key={`${index}-${points[index]?.date}`}
                className="stage-chart-dot"
                cx={x}
                cy={y}
                r={radius}
              />
            ))}
            {activePlace ? (
              <g className="stage-chart-active">
                <circle cx={activePlace.x} cy={activePlace.y} r={10} className="ring" />
                <circle cx={activePlace.x} cy={activePlace.y} r={6} className="centre" />
              </g>
            ) : null}
          </svg>
        </div>
        <div className="stage-chart-axis-space" aria-hidden="true" />
      </div>
      <p id={hintId} className="visually-hidden">
        Use the left and right arrow keys to move between check-ins. The same figures are in the
        table below.
      </p>
      {/* The words of the box below, for screen readers. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="stage-chart-details" aria-hidden="true">
        {details ? (
          <>
            <p>{details.when}</p>
            <p>
              <strong>{details.stage}</strong>
            </p>
          </>
        ) : (
          <p className="stage-chart-hint">
            Tap or point at the chart, or use the arrow keys, to see each check-in.
          </p>
        )}
      </div>
    </div>
  );
}
