/**
 * A gentle check for details that may identify someone in a story: words that look like
 * names or places (a capital letter inside a sentence), dates and times, and a few role
 * words. It only points at words to look at again; the writer decides.
 */
// Case matters: "may" is a month only as "May".
const MONTHS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DAYS = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:19|20)\d{2}\b/;
const ROLE =
  /\b(?:head ?teacher|headmaster|headmistress|ward sister|matron|consultant|sergeant|inspector|director|manager of|chief)\b/i;

/** Capitalised words that do not start a sentence or a line, such as "Sam" or "Leeds". */
function capitalisedInside(text: string): string[] {
  return text
    .split(/[.!?\n]+/)
    .flatMap((sentence) =>
      (sentence.match(/[\p{L}'’-]+/gu) ?? [])
        .slice(1)
        .filter((word) => /^[A-Z][a-z'’-]+$/.test(word) && !/^I['’]/.test(word)),
    );
}

function firstMatch(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  return match ? [match[0]] : [];
}

/** Words to look at again, each once, in the order they appear first. */
export function possibleIdentifyingDetails(text: string): string[] {
  const found = [
    ...capitalisedInside(text),
    ...firstMatch(text, MONTHS),
    ...firstMatch(text, DAYS),
    ...firstMatch(text, NUMERIC_DATE),
    ...firstMatch(text, ROLE),
  ];
  return [...new Set(found)].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}
