/**
 * Looks once for the organisation's pack beside the app (src/domain/pack/hosted.ts has
 * the rules) and acts on what it finds. Runs after the first screen is drawn, so the
 * first screen never waits for it.
 *
 * The file is fetched from the network each time (`no-cache`: the host may say it has
 * not changed), never from another origin, and is not kept in the service worker's
 * cache: a pack the app took is saved in IndexedDB like a loaded file, which is what
 * keeps it working offline.
 */
import { refreshActivePack } from "../../state/active-pack";
import { useHostedStatus } from "../../state/hosted-status";
import { readDraft } from "../../db/drafts";
import { chooseHostedPack, readHostedPackKey, storePack } from "../../db/pack-store";
import { packKey, readChosenPackKey } from "../../db/packs";
import {
  decideHosted,
  hostedPackUrl,
  readHostedText,
  screenHostedReply,
  type HostedReading,
} from "../../domain/pack/hosted";
import type { PackError } from "../../domain/pack/parse";
import type { ContentPack } from "../../domain/pack/schema";

const WHOLE = "the pack";

/** Asks the app's own host for the pack; null when the host cannot be reached (offline). */
async function fetchHosted(url: URL): Promise<HostedReading | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      cache: "no-cache",
      credentials: "same-origin",
      // A redirect could lead to another origin: refuse it rather than follow.
      redirect: "error",
      // No Accept header of its own: a host with no pack then answers with its app page
      // (the single-page fallback the README asks for) rather than a 404 in the console.
    });
  } catch {
    return null;
  }
  const screened = screenHostedReply({
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
  });
  if (screened) return screened;
  const text = await response.text().catch(() => null);
  if (text === null) return null;
  // The checker (and zod) load only when the host has a pack.
  const { parseContentPack } = await import("../../domain/pack/parse");
  return readHostedText(text, parseContentPack);
}

function clashProblem(pack: ContentPack): PackError[] {
  return [
    {
      path: WHOLE,
      message: `a different pack with the same id and version (${pack.id}, version ${pack.version}) is already on this device. Give the new pack a new version number`,
    },
  ];
}

async function checkInUnderway(): Promise<boolean> {
  if (window.location.pathname.startsWith("/check-in")) return true;
  return (await readDraft().catch(() => null)) !== null;
}

function versionOf(key: string | null): string | null {
  return key === null ? null : key.slice(key.lastIndexOf("@") + 1);
}

async function actOn(pack: ContentPack, known: string | null): Promise<void> {
  const foundKey = packKey(pack.id, pack.version);
  const chosenKey = await readChosenPackKey();
  const action = decideHosted({
    foundKey,
    knownKey: known,
    chosenKey,
    checkInUnderway: await checkInUnderway(),
  });
  if (action === "nothing") {
    if (known !== foundKey) await storePack(pack, { use: false, hosted: true });
    useHostedStatus.setState({ hostedKey: foundKey, problems: null });
    return;
  }
  const outcome = await storePack(pack, {
    use: action === "adopt",
    hosted: action !== "offer",
  });
  if (outcome === "clash") {
    useHostedStatus.setState({ problems: clashProblem(pack) });
    return;
  }
  if (action === "adopt") await refreshActivePack();
  useHostedStatus.setState({
    hostedKey: action === "offer" ? known : foundKey,
    problems: null,
    offer:
      action === "offer"
        ? {
            key: foundKey,
            name: pack.name,
            fromVersion: versionOf(chosenKey),
            toVersion: pack.version,
          }
        : null,
  });
}

/** Looks for the hosted pack and takes it, offers it, or notes why it cannot be used. */
export async function checkHostedPack(): Promise<void> {
  const url = hostedPackUrl(
    new URL(import.meta.env.BASE_URL, window.location.href).href,
    window.location.origin,
  );
  if (!url) return;
  const reading = await fetchHosted(url);
  if (reading === null) return;
  const known = await readHostedPackKey();
  useHostedStatus.setState({ hostedKey: known });
  if (reading.kind === "found") {
    await actOn(reading.pack, known);
  } else if (reading.kind === "broken") {
    useHostedStatus.setState({ problems: reading.errors });
  } else if (known !== null) {
    useHostedStatus.setState({
      problems: [{ path: WHOLE, message: "the pack file is no longer on this site" }],
    });
  }
}

/** The person said yes to the offered version: put it in use now. */
export async function acceptHostedOffer(): Promise<void> {
  const offer = useHostedStatus.getState().offer;
  if (!offer) return;
  if (!(await chooseHostedPack(offer.key))) return;
  await refreshActivePack();
  useHostedStatus.setState({ hostedKey: offer.key, offer: null });
}
