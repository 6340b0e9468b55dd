import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../content/default-pack";
import { crisisHelpFor } from "../domain/help/crisis-help";
import { CrisisHelpList } from "./CrisisHelpList";

const own = {
  ...defaultPack.resources.at(-1)!,
  id: "our-eap",
  name: "Our staff support line",
  organisation: true,
};

function shownNames(): string[] {
  // Cards outside the "More people" disclosure: what a person sees without a tap.
  return screen
    .getAllByRole("heading", { level: 3 })
    .filter((heading) => !heading.closest("details"))
    .map((heading) => heading.textContent ?? "");
}

describe("crisis help as one list", () => {
  it("not safe at work: the organisation's own support first, workplace routes, and a listening line, at once", () => {
    render(<CrisisHelpList help={crisisHelpFor(["work"], null)} own={[own]} few />);
    const names = shownNames();
    expect(names[0]).toBe("Emergency services: 999");
    expect(names[1]).toBe("Our staff support line");
    expect(names).toContain("Police non-emergency: 101");
    expect(
      names.some((name) => ["NHS 111, option 2 (mental health)", "Samaritans"].includes(name)),
    ).toBe(true);
    expect(screen.getByText(/Freedom to Speak Up/)).toBeVisible();
  });

  it("every situation keeps someone to listen in view, outside the disclosure", () => {
    for (const situation of ["self-harm", "home", "work", "harm-others"] as const) {
      const { unmount, container } = render(
        <CrisisHelpList help={crisisHelpFor([situation], null)} few />,
      );
      const outside = [...container.querySelectorAll("[data-contact]")].filter(
        (card) => !card.closest("details"),
      );
      const general = crisisHelpFor([situation], null).general.map((c) => c.id);
      const fittingGeneral = crisisHelpFor([situation], null).fitting.filter((c) => c.general);
      expect(
        fittingGeneral.length > 0 ||
          outside.some((card) => general.includes(card.getAttribute("data-contact")!)),
        situation,
      ).toBe(true);
      unmount();
    }
  });
});
