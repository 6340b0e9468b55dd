/**
 * A content pack file on its way in: size, then parseContentPack (the one checker for
 * packs), which never throws. Nothing is stored here: the person sees the pack first.
 */
import { BACKUP_TYPE } from "../../domain/backup/constants";
import type { PackError, ParsePackResult } from "../../domain/pack/parse";

export const WHOLE_PACK = "the pack";

function refuse(message: string): ParsePackResult {
  return { ok: false, errors: [{ path: WHOLE_PACK, message }] };
}

function looksLikeBackup(text: string): boolean {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
    return (
      value !== null &&
      typeof value === "object" &&
      (value as { type?: unknown }).type === BACKUP_TYPE
    );
  } catch {
    return false;
  }
}

export async function readPackFile(file: File): Promise<ParsePackResult> {
  // The checker (and zod) load only when someone chooses a pack file.
  const { MAX_PACK_CHARS, parseContentPack } = await import("../../domain/pack/parse");
  if (file.size === 0) return refuse("this file is empty");
  // UTF-8 takes at most 4 bytes a character: anything bigger is far too long to read.
  if (file.size > MAX_PACK_CHARS * 4) {
    return refuse(
      `this file is too big to be a content pack (${Math.ceil(file.size / (1024 * 1024))} MB)`,
    );
  }
  const text = await file.text();
  const parsed = parseContentPack(text);
  if (parsed.ok || !looksLikeBackup(text)) return parsed;
  return refuse(
    "this is a backup file, not a content pack. To use it, restore it from Your data in Settings",
  );
}

/** A problem as a sentence: "This file is empty." */
export function sentence(error: PackError): string {
  const text = error.message.trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
