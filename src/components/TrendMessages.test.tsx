import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defaultPack as pack } from "../content/default-pack";
import { assessTrend } from "../domain/trend/assess";
import { trendEntry } from "../testing/trend";
import { TrendMessages } from "./TrendMessages";

describe("TrendMessages", () => {
  it("says only the direction when nothing calls for support", () => {
    const trend = assessTrend(pack, [trendEntry(0, 0), trendEntry(7, 1), trendEntry(14, 0)]);
    render(<TrendMessages pack={pack} trend={trend} />);
    expect(screen.getByText(pack.advice.mixed)).toBeVisible();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("puts a red flag and a hard stage that lasted in one callout, with one way to find support", () => {
    const trend = assessTrend(pack, [trendEntry(0, 2, { redFlag: true }), trendEntry(14, 2)]);
    const { container } = render(<TrendMessages pack={pack} trend={trend} />);
    const callout = container.querySelector(".callout");
    expect(callout).toHaveTextContent(pack.advice.redFlags);
    expect(callout).toHaveTextContent(pack.advice.persistence);
    expect(callout).not.toHaveTextContent(pack.advice.steady);
    expect(screen.getAllByRole("link", { name: "Find someone to talk to" })).toHaveLength(1);
  });
});
