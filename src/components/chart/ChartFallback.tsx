import { Component, type ReactNode } from "react";

/**
 * If the chart's code cannot be loaded (offline before it was ever saved) or drawing
 * fails, the box says so kindly and the rest of the screen, with the table of the same
 * figures, carries on.
 */
export class ChartFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="chart-waiting">
        The chart could not be drawn just now. The table below has the same figures.
      </p>
    );
  }
}
