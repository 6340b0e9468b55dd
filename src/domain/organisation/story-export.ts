/**
 * The text file of chosen stories: only stories whose consent stands for the chosen use
 * (and whose identifying details were checked) are written; the rest are left out and
 * counted, never written. Markdown, so it reads well as plain text too.
 */
import { canExport, standingConsent, type ConsentedStory } from "./story-consent";

export interface ExportableStory extends ConsentedStory {
  readonly id: string;
  readonly title: string;
  readonly happened: string;
  readonly changed: string;
  readonly learnt: string;
}

/** The three parts of a story, with the help line the screen shows under each. */
export const STORY_PARTS = [
  {
    key: "happened",
    heading: "What happened",
    hint: "Tell it plainly, without names, places or dates.",
  },
  {
    key: "changed",
    heading: "What changed",
    hint: "For the people you work with, for staff, or in how you work.",
  },
  {
    key: "learnt",
    heading: "What we learnt",
    hint: "What you would tell another team trying the same.",
  },
] as const;

/** A story with a text part changed: a changed story needs its details checked again. */
export function withStoryText<T extends ExportableStory>(
  story: T,
  key: "title" | (typeof STORY_PARTS)[number]["key"],
  value: string,
): T {
  if (story[key] === value) return story;
  return { ...story, [key]: value, detailsRemoved: false };
}

export interface StoryExport {
  readonly text: string;
  /** Stories written to the file. */
  readonly included: number;
  /** Chosen stories left out because they may not be shared for this use. */
  readonly leftOut: number;
}

/** "12 March 2027" from "2027-03-12", without the time zone moving the day. */
function dayWords(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/**
 * Writer's text as plain lines: a line cannot start a heading or pose as a consent line,
 * so the file's structure is always the app's own.
 */
export function plainLines(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .filter((line) => !/^\s*consent for this use/i.test(line))
    .map((line) => line.replace(/^(\s*)#/, "$1\\#"))
    .join("\n");
}

function storyBlock(story: ExportableStory, use: string): string {
  const consent = standingConsent(story, use);
  const parts = STORY_PARTS.filter(({ key }) => story[key].trim() !== "").map(
    ({ key, heading }) => `### ${heading}\n\n${plainLines(story[key])}`,
  );
  const consentLine = consent
    ? // Never who agreed: that name would identify the people in the story.
      `Consent for this use recorded on ${dayWords(consent.on)}.`
    : "";
  return [`## ${plainLines(story.title).replace(/\n/g, " ")}`, ...parts, consentLine].join("\n\n");
}

/**
 * The file for the chosen stories, in the order chosen. Anything not allowed for the use
 * is left out, so a slip in the screen can never share a story without consent.
 */
export function storiesExport(
  stories: readonly ExportableStory[],
  chosenIds: readonly string[],
  use: string,
  today: string,
): StoryExport {
  const chosen = chosenIds.flatMap((id) => stories.find((story) => story.id === id) ?? []);
  const allowed = chosen.filter((story) => canExport(story, use));
  const header = [
    "# Stories of practice",
    `For this use: ${use}. Made on ${dayWords(today)}.`,
    "Each story here has consent recorded for this use, and its writer checked it for names, places, dates and roles that could identify someone.",
  ].join("\n\n");
  const text = [header, ...allowed.map((story) => storyBlock(story, use))].join("\n\n") + "\n";
  return { text, included: allowed.length, leftOut: chosen.length - allowed.length };
}

/** "stories-shared-within-the-team-2027-03-01.md" */
export function storiesFileName(use: string, today: string): string {
  const slug = use
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `stories-${slug || "chosen"}-${today}.md`;
}
