import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./ErrorBoundary";

function Broken(): never {
  throw new Error("render failed");
}

describe("ErrorBoundary", () => {
  it("shows a kind message and a way back instead of a blank screen", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { name: "Sorry, this screen did not load" })).toBeVisible();
    expect(screen.getByText(/your saved records are safe/i)).toBeVisible();
    expect(screen.getByRole("link", { name: "Go to Home" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  it("explains a screen that could not be downloaded while offline", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    function Offline(): never {
      throw new TypeError("Failed to fetch dynamically imported module: /assets/x.js");
    }
    render(
      <ErrorBoundary>
        <Offline />
      </ErrorBoundary>,
    );
    expect(screen.getByText(/while you are offline/i)).toBeVisible();
  });
});
