import { Component, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** Starts a fresh attempt (the box then draws a new fallback and a new lazy chart). */
  onRetry?: () => void;
}

/**
 * If the chart's code cannot be loaded (offline before it was ever saved) or drawing
 * fails, the box says so kindly and the rest of the screen, with the table of the same
 * figures, carries on. It tries again when the device comes back online, or when asked.
 */
export class ChartFallback extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private retry = () => {
    if (!this.state.failed) return;
    this.props.onRetry?.();
  };

  override componentDidMount() {
    window.addEventListener("online", this.retry);
  }

  override componentWillUnmount() {
    window.removeEventListener("online", this.retry);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="chart-waiting">
        <p>The chart could not be drawn just now. The table below has the same figures.</p>
        {this.props.onRetry && (
          <button type="button" className="button secondary" onClick={this.retry}>
            Try the chart again
          </button>
        )}
      </div>
    );
  }
}
