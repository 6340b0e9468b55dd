// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTicks, PLOT_INSET, timeToX } from "./date-ticks";

const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).getTime();
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe("date ticks", () => {
  it("places points by date, not evenly, with room at each end", () => {
    const toX = timeToX(day(2026, 11, 1), at(2026, 11, 11), 224);
    expect(
      [at(2026, 11, 1), at(2026, 11, 2), at(2026, 11, 11)].map((t) => Math.round(toX(t))),
    ).toEqual([19, 39, 224 - PLOT_INSET]);
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
            // Each tick is drawn where its own date falls.
            expect(tick.x).toBeCloseTo(timeToX(start.getTime(), end, width)(tick.ms), 6);
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
