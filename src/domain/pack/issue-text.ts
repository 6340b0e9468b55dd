/**
 * Turns schema problems into plain words for the person loading a pack.
 * Type-only zod import: the messages are built from the issue's fields.
 */
import type { z } from "zod";

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list in square brackets [ ]",
  object: "a group of fields in curly brackets { }",
};

/** What a value is, in words: "a number", "a list", "empty (null)". */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "a group of fields";
  return typeof value;
}

function count(n: number | bigint, one: string, many: string): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  const n = issue.minimum;
  if (issue.origin === "string") {
    if (typeof value === "string" && value.trim() === "") return "this is empty: write some text";
    return `this text is too short: it needs at least ${count(n, "character", "characters")}`;
  }
  if (issue.origin === "array") {
    const has = Array.isArray(value) ? ` (it has ${value.length})` : "";
    return issue.exact
      ? `this list needs exactly ${count(n, "entry", "entries")}${has}`
      : `this list needs at least ${count(n, "entry", "entries")}${has}`;
  }
  return issue.inclusive === false ? `this must be more than ${n}` : `this must be ${n} or more`;
}

function tooBig(issue: z.core.$ZodIssueTooBig, value: unknown): string {
  const n = issue.maximum;
  if (issue.origin === "string") {
    const has = typeof value === "string" ? ` (it has ${value.length})` : "";
    return `this text is too long: at most ${count(n, "character", "characters")}${has}`;
  }
  if (issue.origin === "array") {
    const has = Array.isArray(value) ? ` (it has ${value.length})` : "";
    return issue.exact
      ? `this list needs exactly ${count(n, "entry", "entries")}${has}`
      : `this list has too many entries: at most ${n}${has}`;
  }
  return issue.inclusive === false ? `this must be less than ${n}` : `this must be ${n} or less`;
}

/** One schema problem in words, given the value found at its path. */
export function explainIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return "this is required but missing";
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `this should be ${expected}, but it is ${describeValue(value)}`;
    }
    case "too_small":
      return tooSmall(issue, value);
    case "too_big":
      return tooBig(issue, value);
    case "invalid_value": {
      const choices = issue.values.map((choice) => JSON.stringify(choice));
      const found = value === undefined ? "it is missing" : `it is ${JSON.stringify(value)}`;
      return choices.length === 1
        ? `this should be ${choices[0]}, but ${found}`
        : `this should be one of ${choices.join(", ")}, but ${found}`;
    }
    case "invalid_format":
    case "custom": {
      const shown = typeof value === "string" ? ` ("${value.slice(0, 60)}")` : "";
      const own = issue.message && !issue.message.startsWith("Invalid") ? issue.message : null;
      return `this is not in the right form${shown}${own ? `: ${own}` : ""}`;
    }
    case "not_multiple_of":
      return `this must be a multiple of ${issue.divisor}`;
    default:
      return `this is not right: ${issue.message}`;
  }
}
