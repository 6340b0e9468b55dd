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
import { loadActivePack, refreshActivePack } from "../../state/active-pack";
import { useHostedStatus } from "../../state/hosted-status";
import { readDraft } from "../../db/drafts";
import {
  chooseHostedPack,
  forgetHostedPackMissing,
  noteHostedPackMissing,
  readHostedPackKey,
  storePack,
} from "../../db/pack-store";
import { packKey, readChosenPackKey } from "../../db/packs";
import {
  HOSTED_PACK_TIMEOUT_MS,
  MAX_HOSTED_PACK_BYTES,
  MISSING_TIMES_BEFORE_NOTICE,
  decideHosted,
  hostedPackUrl,
  readHostedText,
  screenHostedReply,
  tooBig,
  type HostedReading,
} from "../../domain/pack/hosted";
import { contactChanges } from "../../domain/pack/contact-changes";
import type { PackError } from "../../domain/pack/parse";
import type { ContentPack } from "../../domain/pack/schema";

const WHOLE = "the pack";

/**
 * Reads at most MAX_HOSTED_PACK_BYTES of the reply, as text; "too-big" past that, without
 * downloading the rest.
 */
async function readCapped(response: Response): Promise<string | "too-big"> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (declared > MAX_HOSTED_PACK_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return "too-big";
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_HOSTED_PACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      return "too-big";
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Asks the app's own host for the pack; null when the host cannot be reached (offline). */
async function fetchHosted(url: URL): Promise<HostedReading | null> {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), HOSTED_PACK_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      cache: "no-cache",
      // No cookies and no page address: the host learns only that a device opened the
      // app, never who it is (a sign-in cookie) or which screen it was on.
      credentials: "omit",
      referrerPolicy: "no-referrer",
      // A redirect could lead to another origin: refuse it rather than follow.
      redirect: "error",
      signal: controller.signal,
      // No Accept header of its own: a host with no pack then answers with its app page
      // (the single-page fallback the README asks for) rather than a 404 in the console.
    });
    const screened = screenHostedReply({
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
    });
    if (screened) {
      await response.body?.cancel().catch(() => undefined);
      return screened.kind === "unreachable" ? null : screened;
    }
    const text = await readCapped(response);
    if (text === "too-big") return tooBig();
    // The checker (and zod) load only when the host has a pack.
    const { parseContentPack } = await import("../../domain/pack/parse");
    return readHostedText(text, parseContentPack);
  } catch {
    // Offline, refused, redirected or too slow: keep what this device has.
    return null;
  } finally {
    window.clearTimeout(timer);
  }
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
  const offer =
    action === "offer"
      ? {
          key: foundKey,
          name: pack.name,
          fromVersion: versionOf(chosenKey),
          toVersion: pack.version,
          contacts: contactChanges(await loadActivePack(), pack),
        }
      : null;
  useHostedStatus.setState({
    hostedKey: action === "offer" ? known : foundKey,
    problems: null,
    offer,
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
    await forgetHostedPackMissing();
    await actOn(reading.pack, known);
  } else if (reading.kind === "broken") {
    useHostedStatus.setState({ problems: reading.errors });
  } else if (
    reading.kind === "absent" &&
    known !== null &&
    (await noteHostedPackMissing()) >= MISSING_TIMES_BEFORE_NOTICE
  ) {
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
