/**
 * The value at a path of keys and list positions in parsed JSON, or undefined when any
 * step is missing. Own keys only, so a hostile file's "__proto__" or "constructor" is
 * never followed. Used to quote what a refused backup or content pack actually held.
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    const name = typeof key === "number" ? key : String(key);
    if (!Object.hasOwn(current, name)) return undefined;
    current = (current as Record<string | number, unknown>)[name];
  }
  return current;
}
