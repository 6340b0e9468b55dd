/**
 * Reads a content pack that arrived from outside (a file an organisation loads).
 * The only place packs meet zod at run time: the default pack is proven valid by
 * tests, so importing this file lazily keeps zod off the first screen.
 *
 * Order of checks: size, JSON, plain-data shape (no prototype tricks, no functions,
 * not too deep), then the schema, then cross references. Each step refuses with
 * plain, kind messages and a path a person can follow.
 */
import type { z } from "zod";
import { ContentPackSchema, type ContentPack } from "./schema";
import { PACK_SCHEMA_VERSION } from "./constants";
import { checkCrossRefs, joinPath, type PackError } from "./cross-refs";
import { describeValue, explainIssue } from "./issue-text";
import { valueAt } from "../value-at";

export type { PackError } from "./cross-refs";
export type ParsePackResult = { ok: true; pack: ContentPack } | { ok: false; errors: PackError[] };

/** Largest pack text we read: ten times the default pack, small enough to parse at once. */
export const MAX_PACK_CHARS = 1_000_000;
/** Deepest nesting a pack needs is about 6; anything far deeper is not a pack. */
export const MAX_PACK_DEPTH = 24;
/** Most values (objects, lists, text, numbers) a pack may hold. */
export const MAX_PACK_VALUES = 100_000;
/** Most problems we list: past this the pack is probably not a pack at all. */
export const MAX_ERRORS_SHOWN = 40;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// Control characters other than tab, line feed and carriage return: a sign of binary data.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function fail(path: string, message: string): { ok: false; errors: PackError[] } {
  return { ok: false, errors: [{ path, message }] };
}

/**
 * Proves a value is plain JSON data: objects with ordinary keys, lists, text, finite
 * numbers, true/false and null. Returns the first problem found, or null.
 */
function findNonJson(root: unknown): PackError | null {
  let count = 0;
  const visit = (value: unknown, path: (string | number)[]): PackError | null => {
    count += 1;
    if (count > MAX_PACK_VALUES) {
      return { path: "the pack", message: `this pack holds more than ${MAX_PACK_VALUES} values` };
    }
    if (path.length > MAX_PACK_DEPTH) {
      return {
        path: `${joinPath(path.slice(0, 3))} › …`,
        message: `this is nested more than ${MAX_PACK_DEPTH} levels deep, which no pack needs`,
      };
    }
    if (value === null || typeof value === "boolean") return null;
    if (typeof value === "string") {
      return CONTROL_CHARS.test(value)
        ? { path: joinPath(path), message: "this text holds hidden control characters" }
        : null;
    }
    if (typeof value === "number") {
      return Number.isFinite(value)
        ? null
        : { path: joinPath(path), message: "numbers must be ordinary finite numbers" };
    }
    if (typeof value !== "object") {
      return {
        path: joinPath(path),
        message: `a pack may only hold text, numbers, true/false, lists and fields, not ${typeof value}`,
      };
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        if (!Object.hasOwn(value, i)) {
          return { path: joinPath([...path, i + 1]), message: "this list has a gap" };
        }
        const problem = visit(value[i], [...path, i + 1]);
        if (problem) return problem;
      }
      return null;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return { path: joinPath(path), message: "this is not plain data (it is a special object)" };
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === "symbol") {
        return { path: joinPath(path), message: "this holds a key that is not text" };
      }
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          path: joinPath([...path, key]),
          message: `the field name "${key}" is reserved, so a pack may not use it`,
        };
      }
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !("value" in descriptor)) {
        return { path: joinPath([...path, key]), message: "this field is not plain data" };
      }
      const problem = visit(descriptor.value, [...path, key]);
      if (problem) return problem;
    }
    return null;
  };
  return visit(root, []);
}

function readText(text: string): { ok: true; value: unknown } | { ok: false; errors: PackError[] } {
  if (text.length > MAX_PACK_CHARS) {
    return fail(
      "the pack",
      `this file is too big to be a content pack (${text.length.toLocaleString("en-GB")} characters; the most we read is ${MAX_PACK_CHARS.toLocaleString("en-GB")})`,
    );
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return fail("the pack", "this file is empty");
  if (body.includes("\u0000")) {
    return fail("the pack", "this file is not text: a content pack is a JSON text file");
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return fail(
      "the pack",
      `this file is not valid JSON${detail}. Check for a missing comma, quote or bracket`,
    );
  }
}

/** Turns a zod path into one a person can follow: list positions count from 1 and show ids. */
function readablePath(input: unknown, path: readonly PropertyKey[]): (string | number)[] {
  const parts: (string | number)[] = [];
  let current: unknown = input;
  for (const key of path) {
    if (typeof key === "number") {
      const element: unknown = Array.isArray(current) ? current[key] : undefined;
      const id =
        element !== null && typeof element === "object" && Object.hasOwn(element, "id")
          ? (element as { id: unknown }).id
          : undefined;
      parts.push(typeof id === "string" && id.length <= 64 ? `${key + 1} (${id})` : key + 1);
      current = element;
    } else {
      const name = String(key);
      parts.push(name);
      current =
        current !== null && typeof current === "object" && Object.hasOwn(current, name)
          ? (current as Record<string, unknown>)[name]
          : undefined;
    }
  }
  return parts;
}

function schemaErrors(input: unknown, issues: readonly z.core.$ZodIssue[]): PackError[] {
  const errors: PackError[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({
          path: joinPath(readablePath(input, [...issue.path, key])),
          message: `the app does not know the field "${key}": check its spelling, or remove it`,
        });
      }
      continue;
    }
    const path = readablePath(input, issue.path);
    const value = valueAt(input, issue.path);
    errors.push({ path: joinPath(path), message: explainIssue(issue, value) });
  }
  return errors;
}

function limit(errors: PackError[]): PackError[] {
  if (errors.length <= MAX_ERRORS_SHOWN) return errors;
  const more = errors.length - MAX_ERRORS_SHOWN;
  return [
    ...errors.slice(0, MAX_ERRORS_SHOWN),
    { path: "the pack", message: `and ${more} more problem${more === 1 ? "" : "s"}` },
  ];
}

/**
 * Reads an untrusted content pack, given as JSON text or as an already-parsed value.
 * Never throws: returns the pack, or every problem found in words a person can act on.
 */
export function parseContentPack(input: unknown): ParsePackResult {
  let value: unknown = input;
  if (typeof input === "string") {
    const read = readText(input);
    if (!read.ok) return read;
    value = read.value;
  } else if (input === undefined) {
    return fail("the pack", "there is no pack to read");
  }

  const nonJson = findNonJson(value);
  if (nonJson) return { ok: false, errors: [nonJson] };

  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail(
      "the pack",
      `a content pack is a group of fields in curly brackets { }, but this is ${describeValue(value)}`,
    );
  }
  const version = (value as Record<string, unknown>).schemaVersion;
  if (Object.hasOwn(value, "schemaVersion") && version !== PACK_SCHEMA_VERSION) {
    return fail(
      "schemaVersion",
      `this pack is written for schema version ${JSON.stringify(version)}, but this app reads version ${PACK_SCHEMA_VERSION}`,
    );
  }

  const parsed = ContentPackSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, errors: limit(schemaErrors(value, parsed.error.issues)) };

  const crossRefErrors = checkCrossRefs(parsed.data);
  if (crossRefErrors.length > 0) return { ok: false, errors: limit(crossRefErrors) };
  return { ok: true, pack: parsed.data };
}

/** The errors as lines a person can read, e.g. for a details box or a log. */
export function formatPackErrors(errors: readonly PackError[]): string {
  return errors.map((error) => `${error.path}: ${error.message}`).join("\n");
}
