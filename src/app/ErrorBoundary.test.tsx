import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { StorageProblem } from "../db/errors";
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

  it("says what the database found, such as records changed outside the app", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    function Tampered(): never {
      throw new StorageProblem("tampered");
    }
    render(
      <ErrorBoundary>
        <Tampered />
      </ErrorBoundary>,
    );
    expect(screen.getByText(/changed outside the app, so they are not shown/)).toBeVisible();
    expect(screen.queryByText(/on our side/)).toBeNull();
  });
});
