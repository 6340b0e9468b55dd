// @vitest-environment node
import { beforeEach, describe, expect, it } from "vitest";
import { defaultPack } from "../content/default-pack";
import { resetDb } from "../testing/db";
import { clonePack, makePack } from "../testing/pack-factory";
import { makeCheckIn, makePeerCheckIn, makeSupervisionPrep } from "../testing/records";
import { getDb } from "./database";
import { addPack } from "./pack-store";
import {
  ACTIVE_PACK_META_KEY,
  choosePack,
  listStoredPacks,
  packKey,
  packUsage,
  readChosenPackKey,
  readStoredPack,
  removePack,
  storedPackSource,
} from "./packs";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const orgPack = makePack({ id: "acme-trust", version: "1.0.0", name: "Acme", publisher: "Acme" });
const orgKey = packKey("acme-trust", "1.0.0");

describe("saved content packs", () => {
  beforeEach(resetDb);

  it("starts with the app's own pack in use and nothing saved", async () => {
    expect(await readChosenPackKey()).toBeNull();
    expect(await listStoredPacks()).toEqual([]);
    expect(await storedPackSource.chosenKey()).toBeNull();
  });

  it("saves a pack under id@version and puts it in use", async () => {
    expect(await addPack(orgPack, NOW)).toBe("added");
    expect(await readChosenPackKey()).toBe(orgKey);
    expect(await readStoredPack(orgKey)).toEqual({
      key: orgKey,
      id: "acme-trust",
      version: "1.0.0",
      addedAt: NOW.toISOString(),
      pack: orgPack,
    });
    expect(await storedPackSource.read(orgKey)).toEqual(orgPack);
    expect(await storedPackSource.read("missing@1")).toBeNull();
    expect(await listStoredPacks()).toEqual([
      {
        key: orgKey,
        id: "acme-trust",
        version: "1.0.0",
        addedAt: NOW.toISOString(),
        name: "Acme",
        publisher: "Acme",
      },
    ]);
  });

  it("keeps every earlier version when a newer one is loaded", async () => {
    await addPack(orgPack, NOW);
    const newer = { ...clonePack(orgPack), version: "1.1.0" };
    await addPack(newer, new Date("2026-12-01T10:00:00.000Z"));
    expect((await listStoredPacks()).map((p) => p.key)).toEqual([
      orgKey,
      packKey("acme-trust", "1.1.0"),
    ]);
    expect(await readChosenPackKey()).toBe(packKey("acme-trust", "1.1.0"));
  });

  it("loading the same pack again changes nothing but which pack is in use", async () => {
    await addPack(orgPack, NOW);
    await choosePack(null);
    expect(await addPack(clonePack(orgPack), new Date("2026-12-01T10:00:00.000Z"))).toBe(
      "already-here",
    );
    expect((await readStoredPack(orgKey))?.addedAt).toBe(NOW.toISOString());
    expect(await readChosenPackKey()).toBe(orgKey);
  });

  it("refuses a different pack with the same id and version, changing nothing", async () => {
    await addPack(orgPack, NOW);
    await choosePack(null);
    const changed = { ...clonePack(orgPack), name: "Acme, edited" };
    expect(await addPack(changed, NOW)).toBe("clash");
    expect((await readStoredPack(orgKey))?.pack).toEqual(orgPack);
    expect(await readChosenPackKey()).toBeNull();
  });

  it("switches between the app's own pack and a saved one", async () => {
    await addPack(orgPack, NOW);
    expect(await choosePack(null)).toBe(true);
    expect(await readChosenPackKey()).toBeNull();
    expect(await getDb().meta.get(ACTIVE_PACK_META_KEY)).toBeUndefined();
    expect(await choosePack(orgKey)).toBe(true);
    expect(await readChosenPackKey()).toBe(orgKey);
  });

  it("will not choose a pack that is not saved", async () => {
    expect(await choosePack("nowhere@1.0.0")).toBe(false);
    expect(await readChosenPackKey()).toBeNull();
  });

  it("counts the records made with a pack version, and no others", async () => {
    const made = { packId: "acme-trust", packVersion: "1.0.0" };
    const db = getDb();
    await db.checkIns.bulkPut([
      makeCheckIn({ id: "c1", ...made }),
      makeCheckIn({ id: "c2", ...made }),
      makeCheckIn({ id: "c3", packId: "acme-trust", packVersion: "0.9.0" }),
      makeCheckIn({ id: "c4" }),
    ]);
    await db.peerCheckIns.put(makePeerCheckIn({ ...made }));
    await db.supervisionPreps.put(makeSupervisionPrep());
    expect(await packUsage("acme-trust", "1.0.0")).toEqual({
      checkIns: 2,
      peerCheckIns: 1,
      supervisionPreps: 0,
    });
  });

  it("removes a pack nothing uses, and goes back to the app's own pack if it was in use", async () => {
    await addPack(orgPack, NOW);
    expect(await removePack(orgKey)).toEqual({ removed: true });
    expect(await readStoredPack(orgKey)).toBeNull();
    expect(await readChosenPackKey()).toBeNull();
  });

  it("keeps the pack in use when another one is removed", async () => {
    await addPack(orgPack, NOW);
    const other = makePack({ id: "other", version: "2.0.0" });
    await addPack(other, NOW);
    await choosePack(orgKey);
    expect(await removePack(packKey("other", "2.0.0"))).toEqual({ removed: true });
    expect(await readChosenPackKey()).toBe(orgKey);
  });

  it("will not remove a pack a check-in was scored with, and says what uses it", async () => {
    await addPack(orgPack, NOW);
    await getDb().checkIns.put(
      makeCheckIn({ id: "c1", packId: "acme-trust", packVersion: "1.0.0" }),
    );
    expect(await removePack(orgKey)).toEqual({
      removed: false,
      usedBy: { checkIns: 1, peerCheckIns: 0, supervisionPreps: 0 },
    });
    expect(await readStoredPack(orgKey)).not.toBeNull();
    expect(await readChosenPackKey()).toBe(orgKey);
  });

  it("removing a pack that is not saved is not an error", async () => {
    expect(await removePack("nowhere@1.0.0")).toEqual({ removed: true });
  });

  it("lists packs by the name inside them, falling back to the id", async () => {
    await getDb().contentPacks.put({
      key: "odd@1",
      id: "odd",
      version: "1",
      addedAt: NOW.toISOString(),
      pack: "not a pack",
    });
    await addPack(defaultPack, new Date("2026-11-24T10:00:00.000Z"));
    const listed = await listStoredPacks();
    expect(listed.map((p) => [p.name, p.publisher])).toEqual([
      ["odd", ""],
      [defaultPack.name, defaultPack.publisher],
    ]);
  });
});
