import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { defaultPack } from "../../content/default-pack";
import { loadActivePack } from "../../components/pack/active-pack";
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

describe("a peer check-in record", () => {
  // The pack loads once, so no single test pays for the first download.
  beforeAll(() => loadActivePack(), 30_000);
  beforeEach(resetDb);

  it("asks how the colleague sees it before the signs, and says their view counts most", async () => {
    await renderRecord();
    const view = screen.getByRole("heading", { name: "How JB sees it" });
    const signs = screen.getByRole("heading", { name: "Signs you noticed" });
    expect(view.compareDocumentPosition(signs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Their own view comes first and counts most/)).toBeVisible();
  });

  it("suggests a stage from the signs, as a suggestion, and stores it", async () => {
    const user = userEvent.setup();
    await renderRecord();
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

  it("with actions only, offers no place for notes at all", async () => {
    await renderRecord("actions-only");
    expect(screen.queryByLabelText(/Notes for you only/)).toBeNull();
    expect(screen.queryByLabelText(/Anything else you noticed/)).toBeNull();
    expect(screen.queryByRole("heading", { name: "Their own summary" })).toBeNull();
  });
});
