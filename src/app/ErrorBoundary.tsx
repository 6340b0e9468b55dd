import { Component, type ErrorInfo, type ReactNode } from "react";
import { StorageProblem } from "../db/errors";

interface State {
  error: Error | null;
}

/**
 * Catches anything a screen throws and shows a kind message with a way back.
 * Help now stays in the header above it, so help is never lost with the screen.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Stays on the device: the console only, never sent anywhere.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const offline = /dynamically imported module|Failed to fetch|Loading chunk/i.test(
      error.message,
    );
    // The database's own problems already say kindly what happened (e.g. records changed
    // outside the app): say that, rather than blame ourselves.
    const stored = error instanceof StorageProblem ? error.message : null;
    return (
      <div className="page" role="alert">
        <h1 className="page-title">Sorry, this screen did not load</h1>
        <p>
          {stored ??
            (offline
              ? "Part of the app could not be loaded. This can happen while you are offline just after an update. Your saved records are safe."
              : "Something went wrong on our side, not yours. Your saved records are safe on this device.")}
        </p>
        <p>Help now, at the top of the screen, still works.</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Try again
          </button>
          <a className="button secondary" href="/">
            Go to Home
          </a>
        </div>
      </div>
    );
  }
}
