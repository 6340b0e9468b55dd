import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { defaultPack } from "../../content/default-pack";
import { loadActivePack } from "../../state/active-pack";
import { getPeerCheckIn } from "../../db/peer-reads";
import { savePeerCheckIn } from "../../db/peer";
import { newPeerCheckIn } from "../../domain/peer/record";
import { resetDb } from "../../testing/db";
import PeerPage from "./PeerPage";

async function renderRecord(notes: "keep-notes" | "actions-only" = "keep-notes") {
  const peer = newPeerCheckIn(
    { id: "p1", colleague: "JB", heldOn: "2026-11-20", notes },
    defaultPack,
    new Date("2026-11-20T10:00:00Z"),
  );
  await savePeerCheckIn(peer);
  const { hook } = memoryLocation({ path: "/peer/p1" });
  render(
    <Router hook={hook}>
      <Suspense fallback={<p>Loading</p>}>
        <Router base="/peer">
          <PeerPage />
        </Router>
      </Suspense>
    </Router>,
  );
  await screen.findByRole("heading", { level: 1, name: "Check-in with JB" });
}

async function goToStep(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  await user.click(await screen.findByRole("button", { name }));
}

describe("a peer check-in record", () => {
  // The pack loads once, so no single test pays for the first download.
  beforeAll(() => loadActivePack(), 30_000);
  beforeEach(resetDb);

  it("asks how the colleague sees it first, and the signs only in the next step", async () => {
    const user = userEvent.setup();
    await renderRecord();
    expect(screen.getByText("Step 1 of 5: Their view")).toBeVisible();
    expect(screen.getByRole("heading", { name: "How JB sees it" })).toBeVisible();
    expect(screen.getByText(/Their own view comes first and counts most/)).toBeVisible();
    expect(screen.queryByRole("heading", { name: "Signs you noticed" })).toBeNull();
    await goToStep(user, /Next: Signs/);
    expect(screen.getByRole("heading", { name: "Signs you noticed" })).toBeVisible();
    expect(screen.getByText("Step 2 of 5: Signs")).toBeVisible();
  });

  it("folds the colleague's own view to one line once chosen, and opens it again to change", async () => {
    const user = userEvent.setup();
    await renderRecord();
    await user.click(screen.getByRole("radio", { name: "Worn down" }));
    expect(screen.queryByRole("radio", { name: "Worn down" })).toBeNull();
    expect(screen.getByText(/In their own words, they are/)).toHaveTextContent("Worn down");
    await user.click(screen.getByRole("button", { name: "Change" }));
    expect(screen.getByRole("radio", { name: "Worn down" })).toBeChecked();
  });

  it("opens the safety path the moment a sign that someone may not be safe is ticked", async () => {
    const user = userEvent.setup();
    await renderRecord();
    await goToStep(user, /Next: Signs/);
    const risk = defaultPack.peerGuide.signs.find((sign) => sign.risk)!;
    expect(screen.queryByRole("region", { name: "Their safety comes first" })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: risk.text }));
    const panel = screen.getByRole("region", { name: "Their safety comes first" });
    expect(within(panel).getByRole("link", { name: "Call 999" })).toHaveAttribute(
      "href",
      "tel:999",
    );
    expect(panel).toHaveTextContent(/Do not promise to keep it secret/);
    expect(screen.queryByText(/only a suggestion, not a decision/)).toBeNull();
  });

  it("suggests a stage from the signs, as a suggestion, and stores it", async () => {
    const user = userEvent.setup();
    await renderRecord();
    await goToStep(user, /Next: Signs/);
    const strained = defaultPack.peerGuide.signs.filter((sign) => sign.stage === "strained");
    for (const sign of strained.slice(0, 2)) {
      await user.click(screen.getByRole("checkbox", { name: sign.text }));
    }
    expect(screen.getByText(/only a suggestion, not a decision/)).toHaveTextContent("Worn down");
    await waitFor(async () =>
      expect((await getPeerCheckIn("p1"))?.suggestedStage?.stageId).toBe("strained"),
    );
  });

  it("adds an agreed action with who and when, and refuses an empty one kindly", async () => {
    const user = userEvent.setup();
    await renderRecord();
    await goToStep(user, /Next: Signs/);
    await goToStep(user, /Next: What you agreed/);
    await user.click(screen.getByRole("button", { name: "Add action" }));
    expect(screen.getByText("Write what you agreed first.")).toBeVisible();
    await user.type(screen.getByLabelText("Add an action"), "Swap the Friday late");
    await user.click(screen.getByRole("radio", { name: "Me" }));
    await user.click(screen.getByRole("button", { name: "Add action" }));
    const section = screen.getByRole("region", { name: "What you agreed" });
    expect(within(section).getByText("Swap the Friday late")).toBeVisible();
    await waitFor(async () =>
      expect((await getPeerCheckIn("p1"))?.actions).toMatchObject([
        { what: "Swap the Friday late", who: "manager" },
      ]),
    );
  });

  it("with actions only, offers no place for notes in any step", async () => {
    const user = userEvent.setup();
    await renderRecord("actions-only");
    for (const next of [
      /Next: Signs/,
      /Next: What you agreed/,
      /Next: Follow-up/,
      /Next: Finish/,
    ]) {
      await goToStep(user, next);
      expect(screen.queryByLabelText(/Notes for you only/)).toBeNull();
      expect(screen.queryByLabelText(/Anything else you noticed/)).toBeNull();
      expect(screen.queryByRole("heading", { name: "Their own summary" })).toBeNull();
    }
    expect(screen.getByRole("heading", { name: "And you?" })).toBeVisible();
  });
});
