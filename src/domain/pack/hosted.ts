/**
 * An organisation's pack hosted beside the app: a file named HOSTED_PACK_FILE at the
 * app's own address (docs/for-organisations.md). Pure rules only: where the file may
 * come from, how a reply is read, and what to do with the pack it holds. The fetch and
 * the storing live in src/features/organisation-pack.
 *
 * Type-only imports of the checker: this file stays small; the checker (and zod) load
 * only when a reply looks like a pack.
 */
import type { PackError, ParsePackResult } from "./parse";
import type { ContentPack } from "./schema";

/** The file an organisation places beside the built app. */
export const HOSTED_PACK_FILE = "organisation-pack.json";

/**
 * The most bytes read from the host: 4 bytes a character (UTF-8) for the most characters
 * the checker reads (MAX_PACK_CHARS in parse.ts, kept equal by hosted.test.ts). Anything
 * bigger is refused before it is all downloaded.
 */
export const MAX_HOSTED_PACK_BYTES = 4_000_000;

/** How long the app waits for the host before treating it as out of reach. */
export const HOSTED_PACK_TIMEOUT_MS = 15_000;

/** Answers a moment can fix (the host busy or restarting): treated like being offline. */
const PASSING_TROUBLE = new Set([408, 429]);

/**
 * The address of the hosted pack: the file beside the app (its base URL), and only when
 * that is on the page's own origin. Anything else gives null and is never fetched.
 */
export function hostedPackUrl(appBase: string, pageOrigin: string): URL | null {
  let url: URL;
  try {
    url = new URL(HOSTED_PACK_FILE, appBase);
  } catch {
    return null;
  }
  if (url.origin !== pageOrigin || !/^https?:$/.test(url.protocol)) return null;
  return url;
}

/** What came back when the app asked its host for the pack. */
export interface HostedReply {
  status: number;
  /** The Content-Type header, or "" when there is none. */
  contentType: string;
  text: string;
}

export type HostedReading =
  /** The host could not be asked just now (busy, timed out): nothing to act on. */
  | { kind: "unreachable" }
  /** No pack on this host (not found, or the host's app page in its place). */
  | { kind: "absent" }
  /** There is a file, but it cannot be used: why, in plain words, and each problem found. */
  | { kind: "broken"; errors: PackError[] }
  | { kind: "found"; pack: ContentPack };

const WHOLE = "the pack";

/**
 * Looks at the host's reply before anything is parsed: null means it is JSON, to be read
 * with the same checker as a pack file (readHostedText). A host that answers unknown
 * addresses with the app's own page (text/html) has no pack.
 */
export function screenHostedReply(reply: Omit<HostedReply, "text">): HostedReading | null {
  if (reply.status >= 500 || PASSING_TROUBLE.has(reply.status)) return { kind: "unreachable" };
  if (reply.status === 404 || reply.status === 410) return { kind: "absent" };
  const type = reply.contentType.toLowerCase().trim();
  if (reply.status >= 200 && reply.status < 300 && type.startsWith("text/html")) {
    return { kind: "absent" };
  }
  if (reply.status < 200 || reply.status >= 300) {
    return {
      kind: "broken",
      errors: [{ path: WHOLE, message: `the host answered with code ${reply.status}` }],
    };
  }
  if (!/^application\/([a-z0-9.+-]*\+)?json(;|$)/.test(type)) {
    return {
      kind: "broken",
      errors: [
        {
          path: WHOLE,
          message: `the host sent it as “${type || "no type"}”, but a pack must be sent as application/json`,
        },
      ],
    };
  }
  return null;
}

/** A file bigger than the app reads, said plainly. */
export function tooBig(): HostedReading {
  return {
    kind: "broken",
    errors: [
      {
        path: WHOLE,
        message: `this file is too big to be a content pack (the most the app reads is ${MAX_HOSTED_PACK_BYTES / 1_000_000} MB)`,
      },
    ],
  };
}

/**
 * A missing pack is only reported once it has been missing this many times running: one
 * odd answer (a Wi-Fi sign-in page, say) is not worth worrying anyone about.
 */
export const MISSING_TIMES_BEFORE_NOTICE = 2;

/** Reads the pack text with the app's one checker (parseContentPack, passed in). */
export function readHostedText(
  text: string,
  parse: (text: string) => ParsePackResult,
): HostedReading {
  const parsed = parse(text);
  return parsed.ok
    ? { kind: "found", pack: parsed.pack }
    : { kind: "broken", errors: parsed.errors };
}

/** What this device knows when a hosted pack is found. */
export interface HostedSituation {
  /** Key (`id@version`) of the hosted pack found now. */
  foundKey: string;
  /** Key of the hosted pack this device took last time, or null if it never took one. */
  knownKey: string | null;
  /** Key of the saved pack in use, or null when the app's own pack is. */
  chosenKey: string | null;
  /** A check-in is half done: its words must not change under the person. */
  checkInUnderway: boolean;
}

export type HostedAction =
  /** Save it and put it in use now: a device that has not had an organisation pack yet. */
  | "adopt"
  /** Save it and ask the person (old → new version) before putting it in use. */
  | "offer"
  /** Save it (so it is listed) but leave the pack in use alone: the person chose another. */
  | "keep-choice"
  /** Nothing new. */
  | "nothing";

/** The pack id in a key such as "acme-trust@1.2.0". */
function idOf(key: string): string {
  const at = key.lastIndexOf("@");
  return at < 0 ? key : key.slice(0, at);
}

/**
 * Decides what a found hosted pack does. The person's own choice always stands: a pack
 * in use is never swapped without asking, except the first time a device meets the
 * organisation's pack while using the app's own: then it becomes the default, as the
 * organisation intends (the person can switch back in Settings).
 */
export function decideHosted(situation: HostedSituation): HostedAction {
  const { foundKey, knownKey, chosenKey, checkInUnderway } = situation;
  if (chosenKey === foundKey) return "nothing";
  // The person uses the organisation's pack: offer its new version.
  if (chosenKey !== null && idOf(chosenKey) === idOf(foundKey)) return "offer";
  if (knownKey === foundKey) return "nothing";
  if (chosenKey === null && knownKey === null) return checkInUnderway ? "offer" : "adopt";
  return "keep-choice";
}
