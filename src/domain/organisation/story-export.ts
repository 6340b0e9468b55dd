/**
 * The text file of chosen stories: only stories whose consent stands for the chosen use
 * (and whose identifying details were checked) are written; the rest are left out and
 * counted, never written. Markdown, so it reads well as plain text too.
 */
import {
  CONSENT_USE_LABELS,
  canExport,
  standingConsent,
  type ConsentUse,
  type ConsentedStory,
} from "./story-consent";

export interface ExportableStory extends ConsentedStory {
  readonly id: string;
  readonly title: string;
  readonly happened: string;
  readonly changed: string;
  readonly learnt: string;
}

export const STORY_PARTS = [
  { key: "happened", heading: "What happened" },
  { key: "changed", heading: "What changed" },
  { key: "learnt", heading: "What we learnt" },
] as const;

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

function storyBlock(story: ExportableStory, use: ConsentUse): string {
  const consent = standingConsent(story, use);
  const parts = STORY_PARTS.filter(({ key }) => story[key].trim() !== "").map(
    ({ key, heading }) => `### ${heading}\n\n${story[key].trim()}`,
  );
  const consentLine = consent
    ? `Consent for this use: given by ${consent.givenBy.trim()} on ${dayWords(consent.givenOn)}.`
    : "";
  return [`## ${story.title.trim()}`, ...parts, consentLine].join("\n\n");
}

/**
 * The file for the chosen stories, in the order chosen. Anything not allowed for the use
 * is left out, so a slip in the screen can never share a story without consent.
 */
export function storiesExport(
  stories: readonly ExportableStory[],
  chosenIds: readonly string[],
  use: ConsentUse,
  today: string,
): StoryExport {
  const chosen = chosenIds.flatMap((id) => stories.find((story) => story.id === id) ?? []);
  const allowed = chosen.filter((story) => canExport(story, use));
  const header = [
    "# Stories of practice",
    `For this use: ${CONSENT_USE_LABELS[use]}. Made on ${dayWords(today)}.`,
    "Each story here has consent recorded for this use, and its writer checked it for names, places, dates and roles that could identify someone.",
  ].join("\n\n");
  const text = [header, ...allowed.map((story) => storyBlock(story, use))].join("\n\n") + "\n";
  return { text, included: allowed.length, leftOut: chosen.length - allowed.length };
}

export function storiesFileName(use: ConsentUse, today: string): string {
  return `stories-${use}-${today}.md`;
}
