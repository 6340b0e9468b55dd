import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import { makeCheckIn } from "../../testing/records";
import { HistoryItem } from "./HistoryItem";

const calm = Object.fromEntries(
  defaultPack.items.filter((item) => !item.redFlag).map((item) => [item.id, item.options[0]!.id]),
);

describe("a check-in in History", () => {
  it("never shows a stage badge such as 'Steady' beside a safety answer", () => {
    const item = defaultPack.items.find((candidate) => candidate.redFlag === "self-harm")!;
    const flagged = item.options.find((option) => option.flag)!;
    const checkIn = makeCheckIn({ answers: { ...calm, [item.id]: flagged.id } });
    expect(checkIn.result.stageIndex).toBe(0);
    render(<HistoryItem pack={defaultPack} checkIn={checkIn} onDelete={() => {}} />);
    expect(screen.getByText("One answer was about safety. Help was shown.")).toBeVisible();
    expect(screen.queryByText(defaultPack.stages[0]!.label)).toBeNull();
  });

  it("shows the stage badge when no safety answer was given", () => {
    render(
      <HistoryItem
        pack={defaultPack}
        checkIn={makeCheckIn({ answers: calm })}
        onDelete={() => {}}
      />,
    );
    expect(screen.getByText(defaultPack.stages[0]!.label)).toBeVisible();
  });
});
