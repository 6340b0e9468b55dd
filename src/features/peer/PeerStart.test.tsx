import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { loadActivePack } from "../../state/active-pack";
import { getDb } from "../../db/database";
import { resetDb } from "../../testing/db";
import { PeerStart } from "./PeerStart";

async function renderStart() {
  const location = memoryLocation({ path: "/new", record: true });
  // Awaited, so React finishes reading the (already loaded) pack before the test looks.
  await act(async () => {
    render(
      <Router hook={location.hook}>
        <Suspense fallback={<p>Loading</p>}>
          <PeerStart />
        </Suspense>
      </Router>,
    );
  });
  return location;
}

describe("starting a peer check-in", () => {
  // The pack loads once, so no single test pays for the first download.
  beforeAll(() => loadActivePack(), 30_000);
  beforeEach(resetDb);
  // jsdom lays nothing out, so it has no scrollIntoView; the summary's links call it.
  Element.prototype.scrollIntoView = vi.fn();

  it("explains why a label is enough and what will be kept", async () => {
    await renderStart();
    expect(await screen.findByText(/The app never needs a full name/)).toBeVisible();
    expect(screen.getByText(/It all stays on this device/)).toBeVisible();
  });

  it("stores nothing without consent, and points to the guide instead", async () => {
    const user = userEvent.setup();
    await renderStart();
    await user.type(await screen.findByLabelText("Your colleague"), "JB");
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/Tick this once your colleague/);
    expect(await getDb().peerCheckIns.count()).toBe(0);
    expect(
      screen.getByRole("link", { name: "Use the guide without saving anything" }),
    ).toBeVisible();
  });

  it("with consent, stores the choice and its time, then opens the record", async () => {
    const user = userEvent.setup();
    const location = await renderStart();
    await user.type(await screen.findByLabelText("Your colleague"), "  JB ");
    await user.click(screen.getByRole("radio", { name: /No notes, just the actions/ }));
    await user.click(screen.getByRole("checkbox", { name: /My colleague knows/ }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(async () => expect(await getDb().peerCheckIns.count()).toBe(1));
    const [stored] = await getDb().peerCheckIns.toArray();
    expect(stored).toMatchObject({
      colleague: "JB",
      consent: { given: true, notes: "actions-only" },
    });
    expect(location.history?.at(-1)).toBe(`/${stored?.id}`);
  });

  it("after an incident with no kind chosen, asks for it in plain words at the group", async () => {
    const user = userEvent.setup();
    await renderStart();
    await user.type(await screen.findByLabelText("Your colleague"), "JB");
    await user.click(screen.getByRole("radio", { name: /After an incident/ }));
    await user.click(screen.getByRole("checkbox", { name: /My colleague knows/ }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("Choose the kind of incident");
    expect(summary).not.toHaveTextContent(/Invalid|expected/);
    expect(
      screen.getByRole("group", { name: "What kind of incident?" }),
    ).toHaveAccessibleDescription(
      "Only the kind is kept. Do not write down what happened. Choose the kind of incident",
    );
    // Its link takes focus to the first kind.
    await user.click(screen.getByRole("link", { name: "Choose the kind of incident" }));
    expect(screen.getByRole("radio", { name: "A death at work" })).toHaveFocus();
    expect(await getDb().peerCheckIns.count()).toBe(0);
  });
});
