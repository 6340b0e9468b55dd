import { useEffect, useRef } from "react";

export interface PackNote {
  /** "alert" for a refusal (nothing changed), "status" for news. */
  tone: "status" | "alert";
  text: string;
}

/**
 * The result of the last thing done on the content pack screen. Both live regions are
 * always there (a region must exist before its text changes to be announced); the note
 * is focused so keyboard users land on it too.
 */
export function PackNoteView({ note }: { note: PackNote | null }) {
  const box = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) box.current?.focus();
  }, [note]);
  const shown = (tone: PackNote["tone"]) =>
    note?.tone === tone ? (
      <p className="callout pack-note" tabIndex={-1} ref={box}>
        {note.text}
      </p>
    ) : null;
  return (
    <>
      <div role="status">{shown("status")}</div>
      <div role="alert">{shown("alert")}</div>
    </>
  );
}
