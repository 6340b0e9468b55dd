import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectPackSource } from "../../state/active-pack";
import { defaultPack } from "../../content/default-pack";
import { getDb } from "../../db/database";
import { packKey, readChosenPackKey, storedPackSource } from "../../db/packs";
import type { ContentPack } from "../../domain/pack/schema";
import { resetDb } from "../../testing/db";
import { makeCheckIn } from "../../testing/records";
import ContentPackPage from "./ContentPackPage";

const exampleText = readFileSync(join(process.cwd(), "docs/examples/example-org-pack.json"));
const example = JSON.parse(exampleText.toString("utf8")) as ContentPack;
const exampleKey = packKey(example.id, example.version);

function packFile(name: string, body: BlobPart = exampleText): File {
  return new File([body], name, { type: "application/json" });
}

async function openPage() {
  await act(async () => {
    render(<ContentPackPage />);
  });
  return screen.findByRole("heading", { name: "In use now" });
}

describe("the content pack screen", () => {
  beforeEach(async () => {
    await resetDb();
    connectPackSource(storedPackSource);
  });
  afterEach(() => connectPackSource(undefined));

  it("refuses a broken pack kindly, listing where each problem is, and changes nothing", async () => {
    const user = userEvent.setup();
    await openPage();
    const broken = readFileSync(join(process.cwd(), "tests/fixtures/packs/three-stages.json"));
    await user.upload(screen.getByLabelText("Content pack file"), packFile("ours.json", broken));
    const alert = await screen.findByRole("alert", { name: "This pack can’t be used yet" });
    expect(alert).toHaveTextContent("Nothing has been changed");
    expect(within(alert).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(await getDb().contentPacks.count()).toBe(0);
    expect(await readChosenPackKey()).toBeNull();
  });

  it("sends a backup file to the restore screen instead", async () => {
    const user = userEvent.setup();
    await openPage();
    const backup = readFileSync(join(process.cwd(), "tests/fixtures/backups/valid/plain.json"));
    await user.upload(screen.getByLabelText("Content pack file"), packFile("b.json", backup));
    expect(
      await screen.findByRole("alert", { name: "This pack can’t be used yet" }),
    ).toHaveTextContent(
      "This is a backup file, not a content pack. To use it, restore it from Your data in Settings.",
    );
  });

  it("previews a pack, then stores it and puts it in use", async () => {
    const user = userEvent.setup();
    await openPage();
    await user.upload(screen.getByLabelText("Content pack file"), packFile("org.json"));
    const preview = await screen.findByRole("region", {
      name: "Check this pack before you use it",
    });
    expect(within(preview).getByText(example.publisher)).toBeVisible();
    for (const stage of example.stages)
      expect(within(preview).getByText(stage.label)).toBeVisible();
    expect(
      within(preview).getByText(new RegExp(`^${example.items.length} questions`)),
    ).toBeVisible();
    const own = example.resources.find((resource) => resource.organisation)!;
    expect(within(preview).getByText(own.name)).toBeVisible();
    expect(await getDb().contentPacks.count()).toBe(0);

    await user.click(within(preview).getByRole("button", { name: "Use this pack" }));
    expect(
      await screen.findByText(new RegExp(`You are now using “${example.name}”`)),
    ).toBeVisible();
    expect(await readChosenPackKey()).toBe(exampleKey);
    const inUse = screen.getByRole("region", { name: "In use now" });
    expect(within(inUse).getByText(example.name)).toBeVisible();

    // Back to the app's own pack, then remove the organisation's (nothing uses it).
    await user.click(screen.getByRole("button", { name: `Use ${defaultPack.name}` }));
    expect(
      await screen.findByText(new RegExp(`You are now using “${defaultPack.name}”`)),
    ).toBeVisible();
    expect(await readChosenPackKey()).toBeNull();
    await user.click(
      screen.getByRole("button", { name: `Remove ${example.name}, version ${example.version}` }),
    );
    expect(await screen.findByText(/has been removed from this device/)).toBeVisible();
    expect(await getDb().contentPacks.count()).toBe(0);
  });

  it("keeps a pack a check-in was scored with, and says why", async () => {
    const user = userEvent.setup();
    await getDb().contentPacks.put({
      key: exampleKey,
      id: example.id,
      version: example.version,
      addedAt: "2026-11-01T09:00:00.000Z",
      pack: example,
    });
    await getDb().checkIns.put(makeCheckIn({ packId: example.id, packVersion: example.version }));
    await openPage();
    await user.click(
      await screen.findByRole("button", {
        name: `Remove ${example.name}, version ${example.version}`,
      }),
    );
    const note = await screen.findByText(/is kept, because 1 check-in was made with it/);
    expect(note.closest("[role=alert]")).not.toBeNull();
    expect(await getDb().contentPacks.count()).toBe(1);
  });
});
