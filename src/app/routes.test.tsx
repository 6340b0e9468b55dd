import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { lazyScreen } from "./lazy-screen";
import { screenAt } from "./routes";

describe("the screen at an address", () => {
  it("is the one the app's routes draw there, nested addresses included", () => {
    const history = screenAt("/history");
    expect(history).toBeDefined();
    expect(screenAt("/history/")).toBe(history);
    expect(screenAt("/peer/new")).toBe(screenAt("/peer"));
    expect(screenAt("/results/abc-123")).toBeDefined();
    expect(screenAt("/results")).toBeUndefined();
    expect(screenAt("/settings/data")).not.toBe(screenAt("/settings"));
    expect(screenAt("/historyx")).toBeUndefined();
    expect(screenAt("/no-such-page")).toBeUndefined();
  });

  it("can start loading lazily drawn screens only", () => {
    expect(screenAt("/history")?.preload).toBeTypeOf("function");
    expect(screenAt("/")?.preload).toBeUndefined();
  });
});

describe("a lazily loaded screen", () => {
  it("loads its code once, however often it is asked for", async () => {
    let loads = 0;
    const Screen = lazyScreen(async () => {
      loads += 1;
      return { default: () => <h1>Loaded</h1> };
    });
    await Promise.all([Screen.preload(), Screen.preload()]);
    expect(loads).toBe(1);
  });

  it("draws at once, with no fallback, when its code arrived beforehand", async () => {
    const Screen = lazyScreen(async () => ({ default: () => <h1>Loaded</h1> }));
    await Screen.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(screen.getByRole("heading", { name: "Loaded" })).toBeVisible();
  });

  it("loads its code when first drawn, if nothing started it sooner", async () => {
    let loads = 0;
    const Screen = lazyScreen(async () => {
      loads += 1;
      return { default: () => <h1>Loaded</h1> };
    });
    expect(loads).toBe(0);
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <Screen />
        </Suspense>,
      );
    });
    expect(screen.getByRole("heading", { name: "Loaded" })).toBeVisible();
    expect(loads).toBe(1);
  });
});
