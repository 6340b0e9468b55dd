/**
 * A person's own summary of their self-check, to share with a manager, and the check
 * the manager's app makes before attaching one to a peer check-in. The person picks
 * every line; nothing else from the check-in goes in.
 */
import type { ContentPack } from "../pack/schema";
import { stageFor } from "../pack/lookup";
import { PEER_LIMITS, type CheckIn } from "../records";
import { formatDay } from "./days";

/** The lines a person chose to share. */
export interface SelfCheckLines {
  stage: boolean;
  pattern: boolean;
  /** What they'd like help with, in their own words; blank leaves the line out. */
  helpWith?: string;
}

export const HELP_WITH_MAX = 1000;
export const SHARED_SELF_CHECK_MAX = PEER_LIMITS.attachedSummary;

function stageLine(pack: ContentPack, checkIn: CheckIn): string {
  const stage = stageFor(pack, checkIn.result);
  if (checkIn.result.status !== "scored" || !stage) {
    return "Where I am: I did not answer enough questions for a result this time.";
  }
  const first = pack.stages[0]?.label ?? "";
  const last = pack.stages.at(-1)?.label ?? "";
  const position = pack.stages.indexOf(stage) + 1;
  return `Where I am: ${stage.label} (stage ${position} of ${pack.stages.length}, from ${first} to ${last}).`;
}

function patternLine(pack: ContentPack, checkIn: CheckIn): string | null {
  const labels = checkIn.result.patternIds.flatMap(
    (id) => pack.patterns.find((pattern) => pattern.id === id)?.label ?? [],
  );
  return labels.length > 0 ? `How stress shows up for me: ${labels.join(" and ")}.` : null;
}

export function selfCheckSummaryText(
  pack: ContentPack,
  checkIn: CheckIn,
  lines: SelfCheckLines,
): string {
  const help = lines.helpWith?.trim().slice(0, HELP_WITH_MAX);
  const pattern = lines.pattern ? patternLine(pack, checkIn) : null;
  return [
    `My wellbeing self-check, ${formatDay(checkIn.createdAt)}`,
    ...(lines.stage ? [stageLine(pack, checkIn)] : []),
    ...(pattern ? [pattern] : []),
    ...(help ? [`What I'd like help with: ${help}`] : []),
    "I chose what to share here. It comes from a self-check app, and it is not a diagnosis.",
  ].join("\n");
}

export type SharedSelfCheckProblem = "empty" | "too-long" | "not-plain-text";

export type SharedSelfCheck =
  { ok: true; text: string } | { ok: false; problem: SharedSelfCheckProblem; message: string };

export const SHARED_SELF_CHECK_MESSAGES: Record<SharedSelfCheckProblem, string> = {
  empty:
    "There is nothing to attach yet. Paste the summary your colleague shared, or open the file they sent.",
  "too-long": `This is longer than a shared summary can be (${SHARED_SELF_CHECK_MAX} characters), so it was not attached. Ask your colleague for a shorter one.`,
  "not-plain-text":
    "This does not look like plain text, so it was not attached. Ask your colleague to share the summary as text, or as the file the app makes.",
};

// Control characters (other than tab and new line) and the replacement character mean
// a binary file, such as a PDF or a Word document, was opened as text.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
// A tag name straight after "<" (or a comment): "2 < 3" and "<3" stay plain text.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;

/**
 * Checks text a manager pasted or opened before it is attached: plain text only
 * (never markup, which the app would not render anyway), and not too long.
 */
export function parseSharedSelfCheck(input: string): SharedSelfCheck {
  const text = input
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
  const problem: SharedSelfCheckProblem | null =
    text.length === 0
      ? "empty"
      : NOT_TEXT.test(text) || MARKUP.test(text)
        ? "not-plain-text"
        : text.length > SHARED_SELF_CHECK_MAX
          ? "too-long"
          : null;
  return problem
    ? { ok: false, problem, message: SHARED_SELF_CHECK_MESSAGES[problem] }
    : { ok: true, text };
}
