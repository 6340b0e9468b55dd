import { useEffect, useRef, useState } from "react";
import { copyText } from "../../browser/share";
import type { PackError } from "../../domain/pack/parse";
import { WHOLE_PACK, sentence } from "./pack-file";

/**
 * Why a pack file cannot be used, kindly, with where each problem is. The list can be
 * copied (as formatPackErrors writes it) for whoever made the pack.
 */
export function PackProblems({
  fileName,
  errors,
  asText,
}: {
  fileName: string;
  errors: readonly PackError[];
  /** formatPackErrors(errors), for copying. */
  asText: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState("");
  useEffect(() => box.current?.focus(), [errors]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="pack-problems-title"
    >
      <h3 id="pack-problems-title">This pack can’t be used yet</h3>
      <p>
        Nothing has been changed. The app found{" "}
        {errors.length === 1 ? "this problem" : "these problems"} in {fileName}. Whoever made the
        pack can use {errors.length === 1 ? "it" : "this list"} to fix it.
      </p>
      <ul className="pack-errors">
        {errors.map((error, index) =>
          error.path === WHOLE_PACK ? (
            <li key={index}>{sentence(error)}</li>
          ) : (
            <li key={index}>
              <code>{error.path}</code>: {error.message}
            </li>
          ),
        )}
      </ul>
      <button
        type="button"
        className="button secondary small"
        onClick={() =>
          void copyText(asText).then((outcome) =>
            setCopied(
              outcome === "copied"
                ? "Copied. You can paste it into an email."
                : "This browser did not let the app copy. You can select the list and copy it yourself.",
            ),
          )
        }
      >
        Copy this list
      </button>
      <p className="hint" role="status">
        {copied}
      </p>
    </div>
  );
}
