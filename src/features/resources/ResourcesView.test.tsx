import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { describe, expect, it } from "vitest";
import { defaultPack } from "../../content/default-pack";
import type { ContentPack, Resource } from "../../domain/pack/schema";
import { isSupportService } from "../../domain/resources/kinds";
import { ResourcesView } from "./ResourcesPage";

function renderResources(path = "/resources", pack: ContentPack = defaultPack) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <ResourcesView pack={pack} />
    </Router>,
  );
  return location;
}

// Training and networks for leads are on the organisation screen, not here.
const services = defaultPack.resources.filter(isSupportService);

const cards = () =>
  within(screen.getByRole("region", { name: "Support services" })).queryAllByRole("listitem");
const cardNames = () => cards().map((card) => within(card).getByRole("heading").textContent);
const status = () => screen.getByRole("status");

describe("the resources list", () => {
  it("shows every service as a short row: what it is, area, 24 hours, ways to get in touch", () => {
    renderResources();
    expect(screen.getByRole("heading", { level: 1, name: "Resources" })).toBeVisible();
    expect(cards()).toHaveLength(services.length);
    expect(status()).toHaveTextContent(`Showing all ${services.length} services`);
    expect(cardNames()).not.toContain("Trauma Informed Community of Action");
    const samaritans = cards().find((card) => within(card).queryByText("Samaritans"))!;
    expect(within(samaritans).getByText(/Someone to listen/)).toBeVisible();
    expect(within(samaritans).getByText("24 hours")).toBeVisible();
    // A crisis line open only some hours says so at once, not one tap away.
    const breathing = cards().find((card) => within(card).queryByText("Breathing Space"))!;
    expect(within(breathing).getByText(/^Mon to Thu 6pm to 2am/)).toBeVisible();
    expect(within(samaritans).getByText("UK-wide")).toBeVisible();
    expect(within(samaritans).getByRole("link", { name: "Call 116 123" })).toHaveAttribute(
      "href",
      "tel:116123",
    );
  });

  it("narrows as you search, whatever the capitals or spaces, and says how many", async () => {
    const user = userEvent.setup();
    renderResources();
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "  SAMARITANS ");
    expect(cardNames()).toEqual(["Samaritans"]);
    expect(status()).toHaveTextContent(`Showing 1 of ${services.length} services`);
  });

  it("narrows by need, with real checkboxes in a labelled group", async () => {
    const user = userEvent.setup();
    renderResources();
    const group = screen.getByRole("group", { name: "What would help?" });
    const work = within(group).getByRole("checkbox", { name: "Work" });
    await user.click(work);
    expect(work).toBeChecked();
    const forWork = defaultPack.resources.filter((resource) => resource.needs.includes("work"));
    expect([...cardNames()].sort()).toEqual(forWork.map((resource) => resource.name).sort());
    // A narrowed list opens every kind it shows.
    for (const card of cards()) expect(card).toBeVisible();
  });

  it("offers only needs that some service meets: every choice shows at least one", async () => {
    const user = userEvent.setup();
    renderResources();
    const group = screen.getByRole("group", { name: "What would help?" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const box of boxes) {
      await user.click(box);
      expect(cards().length, box.parentElement?.textContent ?? "").toBeGreaterThan(0);
      await user.click(box);
    }
    const money: ContentPack = {
      ...defaultPack,
      resources: defaultPack.resources.filter((r) => !r.needs.includes("money")),
    };
    renderResources("/resources", money);
    const groups = screen.getAllByRole("group", { name: "What would help?" });
    expect(within(groups[1]!).queryByRole("checkbox", { name: "Money worries" })).toBeNull();
  });

  it("narrows by where you work and by kind of work, keeping UK-wide lines", async () => {
    const user = userEvent.setup();
    renderResources();
    await user.selectOptions(screen.getByRole("combobox", { name: "Where you work" }), "scotland");
    expect(cardNames()).toContain("Breathing Space");
    expect(cardNames()).toContain("Samaritans");
    expect(cardNames()).not.toContain("NHS 111, option 2 (mental health)");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Your kind of work" }),
      "education",
    );
    expect(cardNames()).toContain("Education Support");
    expect(cardNames()).not.toContain("Oscar Kilo mental health crisis line");
  });

  it("marks 999 apart from every other service, in words as well as colour", () => {
    renderResources();
    const top = screen.getByRole("list", { name: "Emergency: danger now" });
    const emergency = within(top).getByRole("listitem");
    expect(emergency).toHaveTextContent("Emergency services: 999");
    expect(emergency).toBeVisible();
    expect(emergency).toHaveClass("emergency");
    expect(cards().filter((card) => card.classList.contains("emergency"))).toHaveLength(1);
  });

  it("groups services by kind: crisis lines in view, the other kinds one tap each", async () => {
    const user = userEvent.setup();
    renderResources();
    expect(screen.getByRole("list", { name: "Urgent help and crisis lines" })).toBeVisible();
    const money = screen.getByText("Money worries", { selector: "summary h3" });
    const moneyHelper = cards().find((card) => within(card).queryByText("MoneyHelper"))!;
    expect(moneyHelper).not.toBeVisible();
    await user.click(money);
    expect(moneyHelper).toBeVisible();
  });

  it("is kind when nothing matches, points to Help now, and can be cleared", async () => {
    const user = userEvent.setup();
    renderResources();
    const search = screen.getByRole("searchbox", { name: "Search" });
    await user.type(search, "zebra crossing");
    expect(cards()).toHaveLength(0);
    expect(status()).toHaveTextContent("No services match");
    expect(screen.getByText(/Try fewer words/)).toBeVisible();
    expect(screen.getByRole("link", { name: "see Help now" })).toHaveAttribute("href", "/help");
    await user.click(screen.getByRole("button", { name: "Clear search and choices" }));
    expect(search).toHaveValue("");
    expect(search).toHaveFocus();
    expect(cards()).toHaveLength(services.length);
  });

  it("puts the organisation's own contacts right after 999, and says whose they are", () => {
    const own: Resource = {
      ...defaultPack.resources[0]!,
      id: "our-eap",
      name: "Our staff support line",
      organisation: true,
    };
    renderResources("/resources", { ...defaultPack, resources: [...defaultPack.resources, own] });
    expect(cardNames().slice(0, 2)).toEqual(["Emergency services: 999", "Our staff support line"]);
    const ownList = screen.getByRole("list", { name: "From your organisation" });
    expect(within(ownList).getByRole("listitem")).toHaveTextContent("Our staff support line");
    expect(ownList).toBeVisible();
  });
});

describe("grounding exercises on the resources page", () => {
  it("lists each exercise with a Start link that opens its player", async () => {
    const user = userEvent.setup();
    const location = renderResources();
    const section = screen.getByRole("region", { name: "Grounding exercises" });
    expect(within(section).getAllByRole("listitem")).toHaveLength(defaultPack.grounding.length);
    const first = defaultPack.grounding[0]!;
    await user.click(within(section).getByRole("link", { name: `Start ${first.title}` }));
    expect(location.history.at(-1)).toBe(`/resources?exercise=${first.id}`);
    expect(screen.getByRole("heading", { level: 1, name: first.title })).toBeVisible();
    expect(screen.getByRole("heading", { name: "Before you start" })).toBeVisible();
  });

  it("keeps your search, and your place, when you come back from an exercise", async () => {
    const user = userEvent.setup();
    const location = renderResources();
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "shout");
    const box = defaultPack.grounding.find((exercise) => exercise.id === "box-breathing")!;
    await user.click(screen.getByRole("link", { name: `Start ${box.title}` }));
    await user.click(screen.getByRole("link", { name: "All resources" }));
    expect(location.history.at(-1)).toBe("/resources");
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveValue("shout");
    await act(() => Promise.resolve());
    expect(screen.getByRole("link", { name: `Start ${box.title}` })).toHaveFocus();
  });

  it("says kindly when an exercise cannot be found", () => {
    renderResources("/resources?exercise=no-such-thing");
    expect(
      screen.getByRole("heading", { level: 1, name: "We can’t find that exercise" }),
    ).toBeVisible();
    expect(screen.getByRole("link", { name: "See all resources and exercises" })).toHaveAttribute(
      "href",
      "/resources",
    );
  });
});
