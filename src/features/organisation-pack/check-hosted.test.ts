import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connectPackSource, loadActivePackInfo } from "../../state/active-pack";
import { useHostedStatus } from "../../state/hosted-status";
import { saveDraft } from "../../db/drafts";
import { readHostedPackKey } from "../../db/pack-store";
import { choosePack, listStoredPacks, readChosenPackKey, storedPackSource } from "../../db/packs";
import type { ContentPack } from "../../domain/pack/schema";
import { resetDb } from "../../testing/db";
import { makePack } from "../../testing/pack-factory";
import { makeDraft } from "../../testing/records";
import { acceptHostedOffer, checkHostedPack } from "./check-hosted";

const pack = makePack({ id: "acme-trust", version: "1.0.0", publisher: "Acme Trust" });
const next: ContentPack = { ...pack, version: "1.1.0" };

/** The host answers the pack's address with this. */
function hostAnswers(body: string, type = "application/json", status = 200) {
  const fetch = vi.fn(
    async () => new Response(body, { status, headers: { "content-type": type } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

async function stored(): Promise<string[]> {
  return (await listStoredPacks()).map((saved) => saved.key);
}

describe("looking for the organisation's pack beside the app", () => {
  beforeEach(async () => {
    await resetDb();
    connectPackSource(storedPackSource);
    useHostedStatus.setState({ hostedKey: null, problems: null, offer: null });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    connectPackSource(undefined);
  });

  it("asks only the app's own site, fresh, and refuses to follow a redirect", async () => {
    const fetch = hostAnswers("<!doctype html>", "text/html");
    await checkHostedPack();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(url.href).toBe(`${window.location.origin}/organisation-pack.json`);
    expect(init).toMatchObject({ cache: "no-cache", redirect: "error" });
  });

  it("sends no cookies and no page address, so the host cannot tell who opened the app", async () => {
    const fetch = hostAnswers("<!doctype html>", "text/html");
    await checkHostedPack();
    const [, init] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(init).toMatchObject({ credentials: "omit", referrerPolicy: "no-referrer" });
  });

  it("refuses a file bigger than a pack can be, without reading it all", async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // An endless reply: only stopping early lets this test finish.
        controller.enqueue(new Uint8Array(1_000_000).fill(32));
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body, { headers: { "content-type": "application/json" } })),
    );
    await checkHostedPack();
    expect(useHostedStatus.getState().problems?.[0]?.message).toContain("too big");
    useHostedStatus.setState({ problems: null });
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response("{}", {
            headers: { "content-type": "application/json", "content-length": "9000000" },
          }),
      ),
    );
    await checkHostedPack();
    expect(useHostedStatus.getState().problems?.[0]?.message).toContain("too big");
    expect(await stored()).toEqual([]);
  });

  it("takes a failing host as out of reach: no notice, nothing changed", async () => {
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    hostAnswers("busy", "text/html", 503);
    await checkHostedPack();
    expect(useHostedStatus.getState()).toMatchObject({ problems: null, offer: null });
    expect(await readChosenPackKey()).toBe("acme-trust@1.0.0");
  });

  it("puts the pack in use on a device that has only had the app's own", async () => {
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    expect(await readChosenPackKey()).toBe("acme-trust@1.0.0");
    expect(await readHostedPackKey()).toBe("acme-trust@1.0.0");
    expect((await loadActivePackInfo()).pack.publisher).toBe("Acme Trust");
  });

  it("asks first when a check-in is under way", async () => {
    await saveDraft(makeDraft());
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    expect(await readChosenPackKey()).toBeNull();
    expect(await stored()).toEqual(["acme-trust@1.0.0"]);
    expect(useHostedStatus.getState().offer).toMatchObject({
      fromVersion: null,
      toVersion: "1.0.0",
    });
  });

  it("offers a new version, and changes nothing until it is accepted", async () => {
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    const [first, ...rest] = pack.resources;
    const longerHours = { ...first!, hours: "9am to 5pm, Monday to Friday" };
    hostAnswers(JSON.stringify({ ...next, resources: [longerHours, ...rest] }));
    await checkHostedPack();
    expect(await readChosenPackKey()).toBe("acme-trust@1.0.0");
    expect(useHostedStatus.getState().offer).toMatchObject({
      fromVersion: "1.0.0",
      toVersion: "1.1.0",
      contacts: { added: [], changed: [first!.name], removed: [] },
    });
    await acceptHostedOffer();
    expect(await readChosenPackKey()).toBe("acme-trust@1.1.0");
    expect(await readHostedPackKey()).toBe("acme-trust@1.1.0");
    expect(useHostedStatus.getState().offer).toBeNull();
  });

  it("leaves alone someone who went back to the app's own pack", async () => {
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    await choosePack(null);
    hostAnswers(JSON.stringify(next));
    await checkHostedPack();
    expect(await readChosenPackKey()).toBeNull();
    expect(useHostedStatus.getState().offer).toBeNull();
    expect(await stored()).toEqual(["acme-trust@1.0.0", "acme-trust@1.1.0"]);
  });

  it("keeps what the device has when the file is broken or gone, and says why", async () => {
    hostAnswers(JSON.stringify(pack));
    await checkHostedPack();
    hostAnswers(JSON.stringify({ ...next, stages: [] }));
    await checkHostedPack();
    expect(useHostedStatus.getState().problems?.[0]?.path).toBe("stages");
    useHostedStatus.setState({ problems: null });
    hostAnswers("", "text/html", 404);
    // Missing once may be a passing thing (a Wi-Fi sign-in page): only twice running is told.
    await checkHostedPack();
    expect(useHostedStatus.getState().problems).toBeNull();
    await checkHostedPack();
    expect(useHostedStatus.getState().problems?.[0]?.message).toContain("no longer on this site");
    expect(await readChosenPackKey()).toBe("acme-trust@1.0.0");
    expect(await stored()).toEqual(["acme-trust@1.0.0"]);
  });

  it("says nothing on a site with no pack, and changes nothing when offline", async () => {
    hostAnswers("<!doctype html>", "text/html");
    await checkHostedPack();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await checkHostedPack();
    expect(useHostedStatus.getState()).toMatchObject({ problems: null, offer: null });
    expect(await stored()).toEqual([]);
  });
});
