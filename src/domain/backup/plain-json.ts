/**
 * Reads untrusted JSON text into plain data, or says why not. Runs before any other
 * code touches the value, so later steps (zod, spreading, IndexedDB) only ever see
 * ordinary objects, lists, text, numbers, true/false and null.
 */
import { MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH } from "./constants";
import { problems, type BackupProblem } from "./problems";

/** Names that can reach an object's prototype when code later copies or merges the value. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: BackupProblem };

/**
 * True when the text ends inside a string or with brackets still open: the signature of
 * a file cut short, as opposed to one that was never JSON. Checked only after JSON.parse
 * fails, and the same in every browser (their error messages differ).
 */
export function looksTruncated(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== "{" && first !== "[") return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === 0x5c) escaped = true;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) depth += 1;
    else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}

/** The first forbidden key found (depth first), "too-deep", or null when the value is clean. */
export function findUnsafeKey(root: unknown): string | "too-deep" | null {
  // An explicit stack: a hostile file cannot overflow the call stack, only hit the depth limit.
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_BACKUP_DEPTH) return "too-deep";
    if (Array.isArray(value)) {
      for (const element of value) stack.push({ value: element, depth: depth + 1 });
      continue;
    }
    // JSON.parse makes "__proto__" an own property, so own keys show every name in the file.
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** Parses backup text: size, emptiness, binary, JSON, truncation, then unsafe keys and depth. */
export function readJsonText(text: string): JsonRead {
  if (text.length > MAX_BACKUP_BYTES) return fail(problems.tooBig(text.length));
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return fail(problems.empty());
  if (body.includes("\u0000")) return fail(problems.notText());
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    return fail(looksTruncated(body) ? problems.truncated() : problems.notJson());
  }
  return checkPlain(value);
}

/** Checks an already-parsed value (for example decrypted data) for unsafe keys and depth. */
export function checkPlain(value: unknown): JsonRead {
  const unsafe = findUnsafeKey(value);
  if (unsafe === "too-deep") return fail(problems.tooDeep());
  if (unsafe !== null) return fail(problems.forbiddenKey(unsafe));
  return { ok: true, value };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fail(problem: BackupProblem): JsonRead {
  return { ok: false, problem };
}
