/**
 * Which data key a stored key box holds, without opening it: a random id made with the
 * key and kept when the passcode changes. Every tab compares it with the key it holds
 * before it writes, so no tab ever seals with a key that is no longer the device's, nor
 * writes in clear once another tab has turned the lock on. Pure and tiny: the database
 * layer reads it on every write, before any crypto code has loaded.
 */
export function keyIdOf(box: unknown): string | null {
  if (typeof box !== "object" || box === null) return null;
  const { keyId, salt } = box as { keyId?: unknown; salt?: unknown };
  if (typeof keyId === "string") return keyId;
  // Boxes made before key ids: the salt is unique to the box, which will do until the
  // passcode is changed (the new box then carries this id on).
  return typeof salt === "string" ? `salt:${salt}` : "unknown";
}
