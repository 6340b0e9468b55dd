import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateTicks,
  evenLines,
  linesFromLabels,
  nearestIndex,
  PLOT_INSET,
  placePoints,
  stageY,
} from "./chart-layout";

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).getTime();
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe("stage chart layout", () => {
  it("puts the first stage at the top and places points by date, not evenly", () => {
    const lines = evenLines(200);
    expect(stageY(0, lines)).toBeLessThan(stageY(3, lines));
    // An average between two stages sits between their lines.
    expect(stageY(1.5, lines)).toBe((lines[1]! + lines[2]!) / 2);
    const placed = placePoints(
      [
        { date: new Date(at(2026, 11, 1)).toISOString(), stage: 0, count: 1 },
        { date: new Date(at(2026, 11, 2)).toISOString(), stage: 1, count: 1 },
        { date: new Date(at(2026, 11, 11)).toISOString(), stage: 2, count: 1 },
      ],
      224,
      lines,
    );
    // The axis starts at the first day's midnight, so the first point is a little in.
    expect(placed.map((p) => Math.round(p.x))).toEqual([19, 39, 224 - PLOT_INSET]);
  });

  it("draws each stage's line level with its name, or below it when names sit above lines", () => {
    const plot = { top: 100, bottom: 300, left: 80, right: 300 };
    const beside = [0, 1, 2, 3].map((i) => ({
      top: 110 + 50 * i,
      bottom: 130 + 50 * i,
      left: 0,
      right: 70,
    }));
    expect(linesFromLabels(plot, beside)).toEqual([20, 70, 120, 170]);
    const above = [0, 1, 2, 3].map((i) => ({
      top: 100 + 50 * i,
      bottom: 120 + 50 * i,
      left: 0,
      right: 90,
    }));
    // Halfway between a name and the next one (or the bottom of the plot).
    expect(linesFromLabels({ ...plot, left: 0 }, above)).toEqual([35, 85, 135, 185]);
  });

  it("finds the point nearest to where a finger or pointer is", () => {
    const placed = [0, 10, 50].map((x) => ({ x, y: 0 }));
    expect(nearestIndex(placed, -5)).toBe(0);
    expect(nearestIndex(placed, 4)).toBe(0);
    expect(nearestIndex(placed, 29)).toBe(1);
    expect(nearestIndex(placed, 31)).toBe(2);
    expect(nearestIndex(placed, 500)).toBe(2);
  });

  it("labels a few weeks by day and month", () => {
    const labels = dateTicks(day(2026, 11, 2), at(2026, 11, 30), 360, 13.6).map((t) => t.label);
    expect(labels).toEqual(["2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"]);
  });

  it("adds the year where the dates cross into a new one", () => {
    const labels = dateTicks(day(2026, 12, 14), at(2027, 1, 12), 600, 13.6).map((t) => t.label);
    expect(labels[0]).toBe("14 Dec 2026");
    expect(labels).toContain("4 Jan 2027");
    expect(labels.at(-1)).toBe("11 Jan");
  });

  it("names the day when every point is on the same day", () => {
    expect(dateTicks(at(2026, 11, 3), at(2026, 11, 3) + 3600_000, 300, 13.6)).toEqual([
      expect.objectContaining({ label: "3 Nov 2026" }),
    ]);
  });

  it("never lets date labels overlap or run off the chart, at any width and text size", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2015, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 0, max: 15 * 366 }),
        fc.integer({ min: 120, max: 1200 }),
        fc.double({ min: 10, max: 40, noNaN: true }),
        (start, days, width, fontPx) => {
          const end = start.getTime() + days * 86_400_000;
          const ticks = dateTicks(start.getTime(), end, width, fontPx);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          const edges = ticks.map((tick) => {
            const w = tick.label.length * fontPx * 0.6;
            const left =
              tick.anchor === "start"
                ? tick.labelX
                : tick.anchor === "end"
                  ? tick.labelX - w
                  : tick.labelX - w / 2;
            return { left, right: left + w, x: tick.x };
          });
          for (const [i, edge] of edges.entries()) {
            expect(edge.left).toBeGreaterThanOrEqual(-0.001);
            if (ticks.length > 1) expect(edge.right).toBeLessThanOrEqual(width + 0.001);
            if (i > 0) {
              expect(edge.left).toBeGreaterThan(edges[i - 1]?.right ?? 0);
              expect(edge.x).toBeGreaterThan(edges[i - 1]?.x ?? 0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
