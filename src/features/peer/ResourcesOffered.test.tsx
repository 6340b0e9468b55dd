import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeLearningResource, makePack } from "../../testing/pack-factory";
import { makePeerCheckIn } from "../../testing/records";
import { ResourcesOffered } from "./ResourcesOffered";

describe("support a manager offered a colleague", () => {
  it("offers the pack's support services, not its training or networks for leads", () => {
    const pack = makePack();
    pack.resources.push(makeLearningResource("network", "leads-network"));
    render(<ResourcesOffered pack={pack} peer={makePeerCheckIn()} update={vi.fn()} />);
    const choices = screen.getAllByRole("checkbox", { hidden: true });
    expect(choices).toHaveLength(pack.resources.length - 1);
    expect(screen.queryByText("Learning leads-network")).toBeNull();
  });
});
