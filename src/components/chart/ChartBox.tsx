import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { ChartFallback } from "./ChartFallback";

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * A box of fixed size (set in chart.css) that a chart is drawn into. The chart's code
 * is only asked for when the box comes near the screen (or the page is printed, or
 * `now` is set), so a person who never scrolls to a chart never downloads it, and
 * nothing moves when it arrives. Pass a chart made with React.lazy as the children.
 */
export function ChartBox({
  now = false,
  onRetry,
  children,
}: {
  /** Load at once, for a page that is there to be printed. */
  now?: boolean;
  /** Called before a new attempt after the chart's code failed to load. */
  onRetry?: () => void;
  children: (size: ChartSize) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(now);
  const [size, setSize] = useState<ChartSize | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = onRetry
    ? () => {
        onRetry();
        setAttempt((n) => n + 1);
      }
    : undefined;

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const { width, height } = box.getBoundingClientRect();
      const next = { width: Math.floor(width), height: Math.floor(height) };
      setSize((old) =>
        old && old.width === next.width && old.height === next.height ? old : next,
      );
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const box = ref.current;
    if (seen || !box) return;
    const show = () => setSeen(true);
    window.addEventListener("beforeprint", show);
    if (typeof IntersectionObserver === "undefined") {
      show();
      return () => window.removeEventListener("beforeprint", show);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: "50px 0px" },
    );
    observer.observe(box);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [seen]);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // A print can come before the chart's code does: then the figures print as the
    // table instead (opened for the print only), and the empty box does not print.
    let opened: HTMLDetailsElement | null = null;
    const beforePrint = () => {
      const table = box.closest("figure")?.querySelector("details");
      if (box.querySelector("svg") || !table || table.open) return;
      table.open = true;
      opened = table;
    };
    const afterPrint = () => {
      if (opened) opened.open = false;
      opened = null;
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    };
  }, []);

  const waiting = <p className="chart-waiting">The chart will show here.</p>;
  return (
    <div ref={ref} className="chart-box">
      {seen && size && size.width > 0 ? (
        <ChartFallback key={attempt} onRetry={retry}>
          <Suspense fallback={waiting}>{children(size)}</Suspense>
        </ChartFallback>
      ) : (
        waiting
      )}
    </div>
  );
}
